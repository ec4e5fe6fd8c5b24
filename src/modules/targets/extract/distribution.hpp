#pragma once
// Distributive lists: "省级和市级工程技术研究中心各新增5家" and "A和B分别达到100家、200家" give one
// target per item.
#include <optional>
#include <string>
#include <vector>

#include "modules/targets/extract/normalized_text.hpp"

namespace kc::targets {

// Where a distributive marker splits a pre-text: items before it, verb after it.
struct Distribution {
  std::vector<std::u32string> items;
  std::u32string verb;
};

// The items of a list, cleaned as indicators; a short first item shares the noun of the last one
// (省级和市级工程技术研究中心 -> 省级工程技术研究中心, 市级工程技术研究中心).
std::vector<std::u32string> split_items(const NormalizedText& t, std::u32string_view v);

// The subject of a clause: its words before the first preposition or verb
// (高新技术企业和科技型企业在2022年的基础上实现“双倍增” -> 高新技术企业和科技型企业).
std::u32string_view subject_phrase(std::u32string_view clause);

// The distribution written in `pre` (the words before a clause's first number), if any. `subject` is
// the previous clause, used when 分别 starts the clause (…双倍增”,分别超过90家和870家).
std::optional<Distribution> distribution_in(const NormalizedText& t, std::u32string_view pre,
                                            std::u32string_view subject);

}  // namespace kc::targets
