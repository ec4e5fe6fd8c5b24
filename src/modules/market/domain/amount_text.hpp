#pragma once
// Amounts as a certificate prints them, exactly from integer 分: 元 with thousands separators, and 万元.
#include <string>

#include "modules/market/domain/amounts.hpp"

namespace kc::market {

// 123456789 分 → "1,234,567.89"
std::string grouped_yuan(Fen fen);

// 123456789 分 → "123.456789" (万元, exact: trailing zeros dropped, at least two decimals kept)
std::string wan_yuan(Fen fen);

// "1,234,567.89 元（123.456789 万元）"
std::string amount_text(Fen fen);

}  // namespace kc::market
