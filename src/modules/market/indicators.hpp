#pragma once
// The technology market's live indicators: 技术合同登记成交额 (contract turnover) by year and region, and
// matchmaking events held (对接活动, e.g. "每季度不少于2次对接活动") by year, quarter and region.
#include "core/clock.hpp"
#include "indicators/indicators.hpp"

namespace kc::market {
// `clock` decides which events have been held by now; it must outlive the registry.
void register_indicators(indicators::Registry& registry, const Clock& clock);
}
