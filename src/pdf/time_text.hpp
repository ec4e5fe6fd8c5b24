#pragma once
// How documents print a moment: in Beijing time (UTC+8, no daylight saving), which is what the bureau reads.
#include <string>

#include "core/clock.hpp"

namespace kc::pdf {

// "2026-11-22 11:35（北京时间）"
std::string beijing_time_text(EpochMs ms);
// "2026年11月22日"
std::string beijing_date_text(EpochMs ms);

}  // namespace kc::pdf
