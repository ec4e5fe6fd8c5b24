#pragma once
// The live indicator `platforms` (issue 5: "platforms of a type" as a ledger target's metric).
#include "indicators/indicators.hpp"

namespace kc::registry {
indicators::Indicator platforms_indicator();
}  // namespace kc::registry
