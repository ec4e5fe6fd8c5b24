#pragma once
// The technology market's live indicators: 技术合同登记成交额 (contract turnover) by year and region.
#include "indicators/indicators.hpp"

namespace kc::market {
void register_indicators(indicators::Registry& registry);
}
