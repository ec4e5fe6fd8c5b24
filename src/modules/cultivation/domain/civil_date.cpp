#include "modules/cultivation/domain/civil_date.hpp"

#include <cstdio>

namespace kc::cultivation {
namespace {

std::optional<unsigned> parse_digits(std::string_view text) {
  unsigned value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> CivilDate::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day || *year < 1900) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(*year)}, std::chrono::month{*month},
                                        std::chrono::day{*day}};
  if (!ymd.ok()) return std::nullopt;
  return CivilDate(ymd);
}

CivilDate CivilDate::from_ymd(int year, unsigned month, unsigned day) {
  return CivilDate(std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}});
}

std::string CivilDate::to_string() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), static_cast<unsigned>(ymd_.month()),
                static_cast<unsigned>(ymd_.day()));
  return buffer;
}

long CivilDate::days_since(const CivilDate& earlier) const {
  return static_cast<long>((std::chrono::sys_days{ymd_} - std::chrono::sys_days{earlier.ymd_}).count());
}

int CivilDate::whole_years_since(const CivilDate& earlier) const {
  const auto month_day = [](const std::chrono::year_month_day& d) {
    return static_cast<unsigned>(d.month()) * 100 + static_cast<unsigned>(d.day());
  };
  const int years = year() - earlier.year();
  return month_day(ymd_) < month_day(earlier.ymd_) ? years - 1 : years;
}

}  // namespace kc::cultivation
