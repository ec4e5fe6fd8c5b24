#include "modules/targets/extract/indicator.hpp"

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/normalized_text.hpp"
#include "modules/targets/extract/text_util.hpp"
#include "modules/targets/extract/years.hpp"

namespace kc::targets {
namespace {

constexpr std::u32string_view kSeparators = U",;:、和及与并-的 ";
constexpr std::u32string_view kHeadSeparators = U",;:、。)";
constexpr std::u32string_view kLeadingConnectors[] = {U"以及", U"和", U"及", U"与", U"并", U"同时"};

// 一是 / 二是 / 其一: list markers inside a sentence.
std::size_t enumerator_length(std::u32string_view v) {
  std::size_t i = 0;
  while (i < v.size() && std::u32string_view(U"一二三四五六七八九十").find(v[i]) != std::u32string_view::npos) ++i;
  if (i > 0 && i < v.size() && v[i] == U'是') return i + 1;
  return 0;
}

std::size_t head_word_length(std::u32string_view v) {
  if (v.empty()) return 0;
  if (kHeadSeparators.find(v.front()) != std::u32string_view::npos) return 1;
  if (std::size_t n = numbering_length(v, 0)) return n;
  if (std::size_t n = enumerator_length(v)) return n;
  if (std::size_t n = year_phrase_length(v, 0)) return n;
  if (std::size_t n = per_unit_scope_length(v, 0)) return n;
  for (auto words : {std::span<const std::u32string_view>(lex::kScopePerYear),
                     std::span<const std::u32string_view>(lex::kScopeWhole),
                     std::span<const std::u32string_view>(lex::kLeadingFillers),
                     std::span<const std::u32string_view>(kLeadingConnectors)}) {
    if (auto w = longest_match_at(v, 0, words)) return w->size();
  }
  return 0;
}

// A year phrase ending v (…增加到2023年): its length, 0 if none.
std::size_t trailing_year_length(std::u32string_view v) {
  constexpr std::size_t kLongestYearPhrase = 12;
  for (std::size_t i = v.size() > kLongestYearPhrase ? v.size() - kLongestYearPhrase : 0; i < v.size(); ++i) {
    // Keep a leading 到/至: 增加到2023年 -> 增加到, which then reads as a linking verb.
    bool starts_year = is_ascii_digit(v[i]) || v[i] == U'“' || v[i] == U'十';
    if (starts_year && year_phrase_length(v, i) == v.size() - i) return v.size() - i;
  }
  return 0;
}

}  // namespace

std::u32string_view strip_indicator_head(std::u32string_view v) {
  while (std::size_t n = head_word_length(v)) v.remove_prefix(n);
  return v;
}

std::u32string_view strip_indicator_tail(std::u32string_view v) {
  for (bool changed = true; changed && !v.empty();) {
    changed = false;
    if (kSeparators.find(v.back()) != std::u32string_view::npos) {
      v.remove_suffix(1);
      changed = true;
      continue;
    }
    if (std::size_t n = trailing_year_length(v); n > 0 && n < v.size()) {
      v.remove_suffix(n);
      changed = true;
      continue;
    }
    for (auto words : {std::span<const std::u32string_view>(lex::kLinkingTails),
                       std::span<const std::u32string_view>(lex::kPrefixAtLeast),
                       std::span<const std::u32string_view>(lex::kPrefixAtMost),
                       std::span<const std::u32string_view>(lex::kPrefixAbout)}) {
      if (auto w = longest_match_ending(v, v.size(), words); w && w->size() < v.size()) {
        v.remove_suffix(w->size());
        changed = true;
        break;
      }
    }
  }
  return v;
}

std::u32string_view strip_indicator(std::u32string_view v) { return strip_indicator_tail(strip_indicator_head(v)); }

std::u32string_view trailing_verb_phrase(std::u32string_view v) {
  auto last = find_last_of_words(v, lex::kActionVerbs);
  if (!last) return {};
  std::size_t begin = last->first;
  // Extend over verbs written right before it: 培育引进, 新培养引进.
  while (auto w = longest_match_ending(v, begin, lex::kActionVerbs)) begin -= w->size();
  return v.substr(begin);
}

std::u32string_view leading_verbs(std::u32string_view indicator) {
  std::size_t n = 0;
  while (auto w = longest_match_at(indicator, n, lex::kActionVerbs)) n += w->size();
  return indicator.substr(0, n);
}

std::u32string_view object_of(std::u32string_view indicator) {
  while (auto w = longest_match_at(indicator, 0, lex::kActionVerbs)) {
    if (w->size() >= indicator.size()) break;
    indicator.remove_prefix(w->size());
  }
  return indicator;
}

bool is_generic_indicator(std::u32string_view v) {
  for (auto w : lex::kGenericIndicators) {
    if (v == w) return true;
  }
  for (auto w : lex::kChangeWords) {
    if (v == w) return true;
  }
  // Nothing but a linking verb: 增加到, 提高至.
  auto linking = longest_match_at(v, 0, lex::kLinkingTails);
  return v.empty() || (linking && linking->size() == v.size());
}

std::size_t per_unit_scope_length(std::u32string_view s, std::size_t i) {
  auto head = longest_match_at(s, i, lex::kScopePerUnitHeads);
  if (!head) return 0;
  auto tail = longest_match_at(s, i + head->size(), lex::kScopePerUnitTails);
  if (!tail) return 0;
  std::size_t end = i + head->size() + tail->size();
  // 各县(区)政府 is a list of responsible units, not a scope.
  if (match_at(s, end, U"政府") || match_at(s, end, U"人民政府") || match_at(s, end, U"科技")) return 0;
  return end - i;
}

ScopeFound find_scope(std::u32string_view v) {
  ScopeFound found;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (std::size_t n = per_unit_scope_length(v, i)) {
      found.area = ScopeMatch{i, i + n};
    } else if (auto w = longest_match_at(v, i, lex::kScopeWhole); w && !found.area) {
      found.area = ScopeMatch{i, i + w->size()};
    }
    if (auto w = longest_match_at(v, i, lex::kScopePerYear); w && !found.per_year) {
      found.per_year = ScopeMatch{i, i + w->size()};
    }
  }
  return found;
}

}  // namespace kc::targets
