#include "modules/market/domain/registration_clock.hpp"

#include <chrono>

namespace kc::market {

namespace {
constexpr EpochMs kDayMs = 86'400'000;
constexpr EpochMs kBeijingOffsetMs = 8 * 3'600'000;  // China Standard Time has no daylight saving

// Floor division, so instants before 1970 land on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

std::int64_t beijing_day(EpochMs ms) { return floor_div(ms + kBeijingOffsetMs, kDayMs); }

int ymd_of_day(std::int64_t day) {
  using namespace std::chrono;
  year_month_day d{sys_days{days{day}}};
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}

int beijing_year(EpochMs ms) { return ymd_of_day(beijing_day(ms)) / 10000; }

EpochMs beijing_day_start_ms(std::int64_t day) { return day * kDayMs - kBeijingOffsetMs; }

RegistrationClock registration_clock(EpochMs filed_ms, EpochMs now_ms, std::optional<EpochMs> decided_ms) {
  RegistrationClock c;
  c.deadline_day = beijing_day(filed_ms) + kRegistrationDays;
  c.deadline_ms = beijing_day_start_ms(c.deadline_day + 1);
  if (decided_ms) {
    c.days_left = c.deadline_day - beijing_day(*decided_ms);
    c.state = c.days_left >= 0 ? ClockState::DecidedInTime : ClockState::DecidedLate;
    return c;
  }
  c.days_left = c.deadline_day - beijing_day(now_ms);
  c.state = c.days_left < 0 ? ClockState::Overdue : c.days_left <= kWarningDays ? ClockState::Warning : ClockState::OnTime;
  return c;
}

const char* clock_state_code(ClockState s) {
  switch (s) {
    case ClockState::OnTime: return "on_time";
    case ClockState::Warning: return "warning";
    case ClockState::Overdue: return "overdue";
    case ClockState::DecidedInTime: return "decided_in_time";
    case ClockState::DecidedLate: return "decided_late";
  }
  return "";
}

}  // namespace kc::market
