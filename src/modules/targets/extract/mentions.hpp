#pragma once
// The quantities of one clause and the words that belong to each: "新增高新技术企业15家、总数达到140家"
// -> [新增高新技术企业]15家 and [总数达到]140家; "选派100名左右省派科技特派员和100名以上…" -> nouns after
// the numbers.
#include <vector>

#include "modules/targets/extract/numbers.hpp"
#include "modules/targets/extract/segmenter.hpp"

namespace kc::targets {

// One quantity of a clause with the words that belong to it.
struct Mention {
  Quantity q;
  Range pre;   // words before the number (since the previous mention)
  Range post;  // a noun written after the number: 引进10名以上的[高层次创新人才]
};

// Mentions of the quantities of `all` that start inside `clause`. The words between two quantities are
// split at their last list separator: before it they follow the first number, after it they lead
// to the second.
std::vector<Mention> mentions_of_clause(std::u32string_view s, Range clause, const std::vector<Quantity>& all);

}  // namespace kc::targets
