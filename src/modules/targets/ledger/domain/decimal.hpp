#pragma once
// Exact decimal quantities of the ledger (target values, reported progress): kept as integers scaled by
// 10^4 so that comparisons at a threshold never go through binary floating point.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kc::targets::ledger {

inline constexpr std::int64_t kDecimalScale = 10'000;

// "12", "1.5", "0.0125" → 120000, 15000, 125; nullopt for anything else (signs, exponents, >4 decimals,
// more than 12 integer digits).
std::optional<std::int64_t> parse_decimal(std::string_view text);
// 15000 → "1.5", 120000 → "12".
std::string format_decimal(std::int64_t scaled);
// A JSON number from the reader (double, at most 4 meaningful decimals) as a decimal string.
std::string decimal_from_double(double v);

}  // namespace kc::targets::ledger
