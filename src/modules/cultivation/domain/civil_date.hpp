#pragma once
// ISO calendar dates (YYYY-MM-DD) for the day-counting rules, e.g. 高企 C1 "注册成立一年以上" is
// "365 calendar days or more", not "one anniversary": across 29 February the two differ by a day.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kc::cultivation {

class CivilDate {
 public:
  CivilDate() = default;  // 1970-01-01
  // Strict YYYY-MM-DD with a real calendar day (2023-02-29 is rejected); nullopt otherwise.
  static std::optional<CivilDate> parse(std::string_view text);
  static CivilDate from_ymd(int year, unsigned month, unsigned day);  // caller guarantees validity

  int year() const { return static_cast<int>(ymd_.year()); }
  std::string to_string() const;
  // Calendar days from `earlier` to this date (negative when this date is earlier).
  long days_since(const CivilDate& earlier) const;
  // Completed years (anniversaries reached) from `earlier` to this date; a 29 February start
  // reaches its anniversary on 1 March in common years.
  int whole_years_since(const CivilDate& earlier) const;

 private:
  explicit CivilDate(std::chrono::year_month_day ymd) : ymd_(ymd) {}
  std::chrono::year_month_day ymd_{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

}  // namespace kc::cultivation
