#pragma once
// Fixed money standards (对新认定的高企奖励30万元, 每家补助3万元, 按…的10%给予补助): amounts a
// document pays, kept apart from targets to reach.
#include <optional>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/normalized_text.hpp"
#include "modules/targets/extract/numbers.hpp"
#include "modules/targets/extract/segmenter.hpp"

namespace kc::targets {

// True when quantity q of `clause` (in `sentence`) is an amount paid rather than a goal.
bool is_standard_quantity(std::u32string_view s, Range sentence, Range clause, const Quantity& q);

// The standards of one sentence.
std::vector<Standard> standards_in_sentence(const NormalizedText& t, Range sentence);

std::vector<Standard> extract_standards(const NormalizedText& t);

}  // namespace kc::targets
