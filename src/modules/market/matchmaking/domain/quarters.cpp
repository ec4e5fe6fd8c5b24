#include "modules/market/matchmaking/domain/quarters.hpp"

#include <chrono>

#include "modules/market/domain/registration_clock.hpp"

namespace kc::market {

namespace {
std::int64_t day_of(int year, unsigned month) {
  using namespace std::chrono;
  return sys_days{std::chrono::year{year} / month / 1}.time_since_epoch().count();
}
}  // namespace

YearQuarter beijing_quarter(EpochMs ms) {
  int ymd = ymd_of_day(beijing_day(ms));
  int month = ymd / 100 % 100;
  return {ymd / 10000, (month - 1) / 3 + 1};
}

Period beijing_quarter_period(int year, int quarter) {
  if (quarter == 0) return {beijing_day_start_ms(day_of(year, 1)), beijing_day_start_ms(day_of(year + 1, 1))};
  unsigned first = static_cast<unsigned>(quarter - 1) * 3 + 1;
  std::int64_t end_day = quarter == 4 ? day_of(year + 1, 1) : day_of(year, first + 3);
  return {beijing_day_start_ms(day_of(year, first)), beijing_day_start_ms(end_day)};
}

}  // namespace kc::market
