#include "tabular/excel_date.hpp"

#include <charconv>
#include <cstdio>

namespace kc::tabular {

std::string iso_date_from_days(long long z) {
  // Howard Hinnant's civil_from_days.
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", y, m, d);
  return buf;
}

std::optional<std::string> excel_serial_to_iso_date(std::string_view text, bool date1904) {
  long long serial = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
  if (ec != std::errc() || serial < 0) return std::nullopt;
  if (end != text.data() + text.size() && *end != '.') return std::nullopt;  // "45292.5": time of day dropped
  constexpr long long k1899_12_31 = -25568;  // days from 1970-01-01
  constexpr long long k1904_01_01 = -24107;
  constexpr long long kMaxSerial = 2958465;  // 9999-12-31
  if (serial > kMaxSerial) return std::nullopt;
  if (date1904) return iso_date_from_days(k1904_01_01 + serial);
  if (serial == 0 || serial == 60) return std::nullopt;  // 1900-01-00 and the phantom 1900-02-29
  return iso_date_from_days(k1899_12_31 + serial - (serial > 60 ? 1 : 0));
}

}  // namespace kc::tabular
