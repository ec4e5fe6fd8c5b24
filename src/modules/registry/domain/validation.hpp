#pragma once
// Display names of reference codes (validation itself: credit_code.hpp and reference_data.hpp).
#include <string>

namespace kc::registry {
std::string region_full_name(const std::string& code);  // "" for an unknown code
std::string industry_name(const std::string& code);
}  // namespace kc::registry
