#include "modules/targets/extract/mentions.hpp"

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

// The last top-level item separator in [r.begin, r.end), if any.
std::optional<std::pair<std::size_t, std::size_t>> last_separator(std::u32string_view s, Range r) {
  int depth = 0;
  std::optional<std::pair<std::size_t, std::size_t>> found;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (s[i] == U'(') ++depth;
    if (s[i] == U')' && depth > 0) --depth;
    if (depth > 0) continue;
    if (auto w = longest_match_at(s, i, lex::kItemSeparators)) found = {{i, w->size()}};
  }
  return found;
}

}  // namespace

std::vector<Mention> mentions_of_clause(std::u32string_view s, Range clause, const std::vector<Quantity>& all) {
  std::vector<Mention> out;
  for (const auto& q : all) {
    if (q.begin >= clause.begin && q.begin < clause.end) out.push_back({q, {}, {}});
  }
  std::size_t cursor = clause.begin;
  for (std::size_t k = 0; k < out.size(); ++k) {
    out[k].pre = {cursor, out[k].q.begin};
    std::size_t next = k + 1 < out.size() ? out[k + 1].q.begin : clause.end;
    Range between{out[k].q.end, next};
    auto sep = k + 1 < out.size() ? last_separator(s, between) : std::nullopt;
    if (k + 1 == out.size()) {
      out[k].post = between;
      cursor = next;
    } else if (sep) {
      out[k].post = {between.begin, sep->first};
      cursor = sep->first + sep->second;
    } else {
      out[k].post = {between.begin, between.begin};
      cursor = between.begin;
    }
  }
  return out;
}

}  // namespace kc::targets
