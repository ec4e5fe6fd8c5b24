#include "scheduler/daily_schedule.hpp"

#include <chrono>
#include <cstdio>

namespace kc::scheduler {
namespace {

constexpr EpochMs kHour = 3'600'000;
constexpr EpochMs kDay = 24 * kHour;
constexpr EpochMs kBeijingOffset = 8 * kHour;

// Floor division: instants before 1970 still fall on the right day.
EpochMs floor_div(EpochMs a, EpochMs b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

std::string date_of_day(EpochMs beijing_day) {
  std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{beijing_day}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

DailySlot slot_of(EpochMs beijing_day, int hour) {
  return {date_of_day(beijing_day), beijing_day * kDay - kBeijingOffset + hour * kHour};
}

}  // namespace

DailySlot slot_of_day(EpochMs now, int hour) { return slot_of(floor_div(now + kBeijingOffset, kDay), hour); }

EpochMs next_due_after(EpochMs now, int hour) {
  auto today = slot_of_day(now, hour);
  return today.due > now ? today.due : today.due + kDay;
}

DailySlot latest_due_slot(EpochMs now, int hour) {
  auto day = floor_div(now + kBeijingOffset, kDay);
  auto today = slot_of(day, hour);
  return today.due <= now ? today : slot_of(day - 1, hour);
}

}  // namespace kc::scheduler
