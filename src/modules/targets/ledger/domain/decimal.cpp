#include "modules/targets/ledger/domain/decimal.hpp"

#include <cmath>
#include <cstdio>

namespace kc::targets::ledger {

std::optional<std::int64_t> parse_decimal(std::string_view text) {
  auto dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 12 || frac.size() > 4) return std::nullopt;
  if (dot != std::string_view::npos && frac.empty()) return std::nullopt;
  std::int64_t v = 0;
  for (char ch : whole) {
    if (ch < '0' || ch > '9') return std::nullopt;
    v = v * 10 + (ch - '0');
  }
  std::int64_t f = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    char ch = i < frac.size() ? frac[i] : '0';
    if (ch < '0' || ch > '9') return std::nullopt;
    f = f * 10 + (ch - '0');
  }
  return v * kDecimalScale + f;
}

std::string format_decimal(std::int64_t scaled) {
  std::string out = scaled < 0 ? "-" : "";
  std::uint64_t a = scaled < 0 ? static_cast<std::uint64_t>(-scaled) : static_cast<std::uint64_t>(scaled);
  out += std::to_string(a / kDecimalScale);
  auto frac = a % kDecimalScale;
  if (frac == 0) return out;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04llu", static_cast<unsigned long long>(frac));
  std::string f = buf;
  while (!f.empty() && f.back() == '0') f.pop_back();
  return out + "." + f;
}

std::string decimal_from_double(double v) {
  return format_decimal(static_cast<std::int64_t>(std::llround(v * kDecimalScale)));
}

}  // namespace kc::targets::ledger
