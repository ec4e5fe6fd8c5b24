#include "pdf/time_text.hpp"

#include <chrono>
#include <cstdio>

namespace kc::pdf {
namespace {

constexpr EpochMs kBeijingOffsetMs = 8LL * 3600 * 1000;

struct Civil {
  std::chrono::year_month_day day;
  long minutes_of_day;
};

Civil beijing(EpochMs ms) {
  using namespace std::chrono;
  sys_time<milliseconds> t{milliseconds{ms + kBeijingOffsetMs}};
  auto day = floor<days>(t);
  return {year_month_day{day}, static_cast<long>(duration_cast<minutes>(t - day).count())};
}

}  // namespace

std::string beijing_time_text(EpochMs ms) {
  auto c = beijing(ms);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld", static_cast<int>(c.day.year()),
                static_cast<unsigned>(c.day.month()), static_cast<unsigned>(c.day.day()), c.minutes_of_day / 60,
                c.minutes_of_day % 60);
  return std::string(buf) + "（北京时间）";
}

std::string beijing_date_text(EpochMs ms) {
  auto c = beijing(ms);
  return std::to_string(static_cast<int>(c.day.year())) + "年" + std::to_string(static_cast<unsigned>(c.day.month())) +
         "月" + std::to_string(static_cast<unsigned>(c.day.day())) + "日";
}

}  // namespace kc::pdf
