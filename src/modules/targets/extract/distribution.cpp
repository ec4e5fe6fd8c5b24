#include "modules/targets/extract/distribution.hpp"

#include <algorithm>

#include "modules/targets/extract/indicator.hpp"
#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {

std::vector<std::u32string> split_items(const NormalizedText& t, std::u32string_view v) {
  std::vector<std::u32string> items;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= v.size(); ++i) {
    auto w = i < v.size() ? longest_match_at(v, i, lex::kItemSeparators) : std::nullopt;
    if (i == v.size() || w) {
      auto item = strip_indicator(v.substr(start, i - start));
      if (!item.empty()) items.push_back(display(t, item));
      if (w) i += w->size() - 1;
      start = i + 1;
    }
  }
  // 省级和市级工程技术研究中心: a short first item shares the noun of the last one.
  if (items.size() >= 2) {
    const auto& last = items.back();
    for (std::size_t k = 0; k + 1 < items.size(); ++k) {
      auto& item = items[k];
      if (item.size() <= 3 && last.size() > item.size() + 1 && item.back() == last[item.size() - 1]) {
        item += last.substr(item.size());
      }
    }
  }
  return items;
}

std::u32string_view subject_phrase(std::u32string_view clause) {
  clause = strip_indicator_head(clause);
  std::size_t cut = clause.size();
  for (auto w : lex::kSubjectBreaks) {
    auto p = clause.find(w);
    if (p != std::u32string_view::npos && p > 0) cut = std::min(cut, p);
  }
  return clause.substr(0, cut);
}

std::optional<Distribution> distribution_in(const NormalizedText& t, std::u32string_view pre,
                                            std::u32string_view subject) {
  for (auto marker : {std::u32string_view(U"分别"), std::u32string_view(U"各")}) {
    auto p = pre.rfind(marker);
    if (p == std::u32string_view::npos) continue;
    auto owner = p == 0 ? subject_phrase(subject) : strip_indicator_head(pre.substr(0, p));
    if (p == 0 && marker != U"分别") continue;
    auto items = split_items(t, owner);
    if (items.size() < 2) continue;
    auto verb = strip_indicator_tail(pre.substr(p + marker.size()));
    verb = longest_match_at(verb, 0, lex::kActionVerbs).value_or(std::u32string_view{});
    return Distribution{std::move(items), display(t, verb)};
  }
  return std::nullopt;
}

}  // namespace kc::targets
