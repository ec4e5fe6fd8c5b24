#include "modules/market/domain/registration_number.hpp"

namespace kc::market {

std::string registration_number(const std::string& region_code, int year, std::int64_t serial) {
  std::string s = std::to_string(serial);
  if (s.size() < 6) s.insert(0, 6 - s.size(), '0');  // wider serials are kept whole, never truncated
  return region_code + "-" + std::to_string(year) + "-" + s;
}

}  // namespace kc::market
