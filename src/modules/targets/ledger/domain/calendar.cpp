#include "modules/targets/ledger/domain/calendar.hpp"

#include <cstdio>

namespace kc::targets::ledger {
namespace {

constexpr EpochMs kDayMs = 86'400'000;
constexpr EpochMs kCstOffsetMs = 8 * 3'600'000;

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int year, month, day;
};

Civil civil_of(EpochMs t) {
  std::int64_t z = (t + kCstOffsetMs) / kDayMs;
  if ((t + kCstOffsetMs) % kDayMs < 0) --z;
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  return {y, m, d};
}

int months_per_period(Cycle c) { return c == Cycle::Monthly ? 1 : 3; }

Period make_period(Cycle c, int year, int first_month) {
  int next_month = first_month + months_per_period(c);
  int next_year = year + (next_month > 12);
  if (next_month > 12) next_month -= 12;
  char key[16];
  if (c == Cycle::Monthly) std::snprintf(key, sizeof key, "%04d-%02d", year, first_month);
  else std::snprintf(key, sizeof key, "%04d-Q%d", year, (first_month - 1) / 3 + 1);
  return {key, cst_midnight(year, first_month, 1), cst_midnight(next_year, next_month, 1)};
}

}  // namespace

std::optional<Cycle> parse_cycle(std::string_view code) {
  if (code == "monthly") return Cycle::Monthly;
  if (code == "quarterly") return Cycle::Quarterly;
  return std::nullopt;
}

std::string_view cycle_code(Cycle c) { return c == Cycle::Monthly ? "monthly" : "quarterly"; }
std::string_view cycle_name_zh(Cycle c) { return c == Cycle::Monthly ? "月报" : "季报"; }

EpochMs cst_midnight(int year, int month, int day) { return days_from_civil(year, month, day) * kDayMs - kCstOffsetMs; }
EpochMs year_start(int year) { return cst_midnight(year, 1, 1); }
int cst_year_of(EpochMs t) { return civil_of(t).year; }

std::string cst_date_of(EpochMs t) {
  auto c = civil_of(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::optional<EpochMs> end_of_cst_day(std::string_view date) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  std::string text(date);
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  EpochMs start = cst_midnight(y, m, d);
  if (cst_date_of(start) != text) return std::nullopt;  // 2026-02-30 and the like
  return start + kDayMs;
}

Period period_at(Cycle c, EpochMs t) {
  auto civil = civil_of(t);
  int first = (civil.month - 1) / months_per_period(c) * months_per_period(c) + 1;
  return make_period(c, civil.year, first);
}

std::optional<Period> period_by_key(Cycle c, std::string_view key) {
  int year = 0, n = 0;
  char tail = 0;
  std::string k(key);
  bool ok = c == Cycle::Monthly ? std::sscanf(k.c_str(), "%4d-%2d%c", &year, &n, &tail) == 2 && k.size() == 7
                                : std::sscanf(k.c_str(), "%4d-Q%1d%c", &year, &n, &tail) == 2 && k.size() == 7;
  if (!ok || year < 1900 || year > 2200 || n < 1 || n > (c == Cycle::Monthly ? 12 : 4)) return std::nullopt;
  return make_period(c, year, c == Cycle::Monthly ? n : (n - 1) * 3 + 1);
}

std::vector<Period> periods_between(Cycle c, EpochMs from, EpochMs to) {
  std::vector<Period> out;
  for (Period p = period_at(c, from); p.start < to; p = period_at(c, p.end)) out.push_back(p);
  return out;
}

}  // namespace kc::targets::ledger
