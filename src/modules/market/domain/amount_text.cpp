#include "modules/market/domain/amount_text.hpp"

namespace kc::market {
namespace {

constexpr Fen kFenPerWanYuan = 1'000'000;

// Magnitude without overflow even for INT64_MIN (amounts are bounded far below it).
unsigned long long magnitude(Fen fen) {
  return fen < 0 ? 0ULL - static_cast<unsigned long long>(fen) : static_cast<unsigned long long>(fen);
}

std::string with_thousands(unsigned long long whole) {
  std::string digits = std::to_string(whole);
  for (auto at = static_cast<long>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

}  // namespace

std::string grouped_yuan(Fen fen) {
  auto v = magnitude(fen);
  std::string cents = std::to_string(v % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return (fen < 0 ? "-" : "") + with_thousands(v / 100) + "." + cents;
}

std::string wan_yuan(Fen fen) {
  auto v = magnitude(fen);
  std::string fraction = std::to_string(v % kFenPerWanYuan);
  fraction.insert(0, 6 - fraction.size(), '0');
  while (fraction.size() > 2 && fraction.back() == '0') fraction.pop_back();
  return (fen < 0 ? "-" : "") + std::to_string(v / kFenPerWanYuan) + "." + fraction;
}

std::string amount_text(Fen fen) { return grouped_yuan(fen) + " 元（" + wan_yuan(fen) + " 万元）"; }

}  // namespace kc::market
