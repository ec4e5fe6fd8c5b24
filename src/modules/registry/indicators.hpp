#pragma once
// The registry's live indicators (organisations created / approved in a year) and the region parameter
// every module's indicators share (a region code of the reference table; its scope prefix covers the
// city's counties).
#include "indicators/indicators.hpp"

namespace kc::registry {

void register_indicators(indicators::Registry& registry);

// Optional "region_code" parameter, checked against the administrative divisions.
indicators::ParamSpec region_indicator_param(const char* label_zh = "地区");
// The prefix matching the region and everything under it; "" (any region) when absent.
std::string region_prefix_of(const indicators::Params& params);

}  // namespace kc::registry
