#pragma once
// Cultivation's live indicators: 科技型中小企业 entered (入库) in a year, 高新技术企业 certified in a year,
// and the 高企 reserve pool's size now or at a date — each by region.
#include "indicators/indicators.hpp"

namespace kc::cultivation {
void register_indicators(indicators::Registry& registry);
}
