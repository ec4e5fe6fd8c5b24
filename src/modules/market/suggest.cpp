#include "modules/market/suggest.hpp"

#include <set>

#include "search/text_normalize.hpp"

namespace kc::market {
namespace {

std::string first_chars(std::string_view text, std::size_t max_chars) {
  std::size_t count = 0, pos = 0;
  while (pos < text.size() && count < max_chars) {
    pos += search::decode_utf8_at(text, pos).byte_length;
    ++count;
  }
  return std::string(text.substr(0, pos));
}

bool is_keyword_separator(char32_t c) {
  return c == ' ' || c == ',' || c == U'，' || c == U'、' || c == ';' || c == U'；' || c == '\t' || c == '\n';
}

std::vector<std::string> split_keywords(std::string_view keywords) {
  std::vector<std::string> out(1);
  for (const auto& ch : search::decode_utf8(keywords)) {
    if (is_keyword_separator(ch.code)) {
      if (!out.back().empty()) out.emplace_back();
    } else {
      search::append_utf8(out.back(), ch.code);
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::vector<SuggestTerm> suggestion_terms(const search::Segmenter& s, std::string_view title,
                                          std::string_view keywords) {
  std::vector<SuggestTerm> terms;
  const std::string normalized = search::normalize_text(title);
  std::size_t from = 0;
  for (const std::string& word : s.cut(title)) {
    if (terms.size() == kMaxSuggestTermsPerTitle) break;
    std::size_t at = normalized.find(word, from);
    if (at == std::string::npos) continue;
    terms.push_back({first_chars(std::string_view(normalized).substr(at), kMaxSuggestTermChars), std::string(title)});
    from = at + word.size();
  }
  for (const std::string& keyword : split_keywords(keywords))
    terms.push_back({first_chars(search::normalize_text(keyword), kMaxSuggestTermChars), keyword});
  return terms;
}

std::string prefix_upper_bound(std::string_view prefix) {
  std::string bound(prefix);
  search::append_utf8(bound, U'\U0010FFFF');
  return bound;
}

void store_suggestions(db::Connection& c, const SearchTarget& t, std::int64_t id, const std::vector<SuggestTerm>& terms) {
  static const db::Query kInsert{
      "market.suggest_insert",
      "INSERT INTO market_suggest (target, term, record_id, display) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"};
  for (const auto& term : terms)
    if (!term.term.empty()) c.exec(kInsert, {std::string(t.code), term.term, id, term.display});
}

std::vector<Suggestion> suggest(db::Connection& c, const SearchTarget& t, std::string_view prefix, std::int64_t limit) {
  static const db::Query kRange{
      "market.suggest_range",
      "SELECT display, record_id FROM market_suggest WHERE target = $1 AND term >= $2 AND term < $3 "
      "ORDER BY term LIMIT $4"};
  std::vector<Suggestion> out;
  const std::string normalized = search::normalize_text(prefix);
  if (normalized.empty()) return out;
  std::set<std::string> seen;
  // Several terms of one record, or several records, may share a text: read a few more rows than asked for.
  for (const auto& r : c.query(kRange, {std::string(t.code), normalized, prefix_upper_bound(normalized), limit * 4})) {
    if (static_cast<std::int64_t>(out.size()) == limit) break;
    if (seen.insert(r.text(0)).second) out.push_back({r.text(0), r.i64(1)});
  }
  return out;
}

}  // namespace kc::market
