#pragma once
// Display names of reference codes (validation itself: credit_code.hpp and reference_data.hpp).
#include <string>

namespace kc::registry {
std::string region_name(const std::string& code);       // 叶县; "" for an unknown code
std::string region_full_name(const std::string& code);  // 河南省平顶山市叶县
std::string industry_name(const std::string& code);
}  // namespace kc::registry
