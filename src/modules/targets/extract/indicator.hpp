#pragma once
// Turning the words around a number into an indicator name and a scope:
// "2019年,全市新增高新技术企业15家" -> indicator 新增高新技术企业, scope 全市.
#include <optional>
#include <string>
#include <string_view>

namespace kc::targets {

// Drops leading numbering, year phrases (到2020年年底), scope words (全市, 每年, 各县(区)), fillers
// (力争) and separators.
std::u32string_view strip_indicator_head(std::u32string_view v);
// Drops trailing linking verbs and comparator words (达到, 不少于, 为) and separators.
std::u32string_view strip_indicator_tail(std::u32string_view v);
std::u32string_view strip_indicator(std::u32string_view v);

// The action verb (possibly compound: 培育引进) that ends `v` or starts its last verb phrase, as a
// suffix of v: "…平台柔性引进" -> "引进"; empty if there is none.
std::u32string_view trailing_verb_phrase(std::u32string_view v);
// The action verbs an indicator starts with: 培育引进国内知名技术转移机构 -> 培育引进.
std::u32string_view leading_verbs(std::u32string_view indicator);
// The indicator without its leading action verbs: 新增高新技术企业 -> 高新技术企业.
std::u32string_view object_of(std::u32string_view indicator);
bool is_generic_indicator(std::u32string_view v);

// Length of a per-unit scope (每个县(区), 各县(市、区), 每个产业集聚区) at s[i], 0 if none.
std::size_t per_unit_scope_length(std::u32string_view s, std::size_t i);

struct ScopeMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
};
// Scope phrases found in `v` (positions relative to v): the per-unit or whole-area scope and the
// per-year one, when present.
struct ScopeFound {
  std::optional<ScopeMatch> area;
  std::optional<ScopeMatch> per_year;
};
ScopeFound find_scope(std::u32string_view v);

}  // namespace kc::targets
