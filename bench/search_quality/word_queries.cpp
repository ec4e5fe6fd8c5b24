#include "word_queries.hpp"

#include <algorithm>
#include <cmath>

#include "search/fts_query.hpp"
#include "search/text_normalize.hpp"

namespace kc::bench {
namespace {

bool is_single_han_char(const std::string& token) {
  const search::DecodedChar c = search::decode_utf8_at(token, 0);
  return c.byte_length == token.size() && search::is_han(c.code);
}

}  // namespace

std::vector<std::pair<std::string, int>> weighted_query_terms(const std::vector<std::string>& all_tokens,
                                                              const WordQueryOptions& options) {
  std::vector<std::string> tokens;
  for (const std::string& token : all_tokens) {
    if (!token.empty() && !(options.drop_single_chars && is_single_han_char(token))) tokens.push_back(token);
  }
  std::vector<std::pair<std::string, int>> terms;
  if (!options.idf) {
    std::vector<std::string> seen;
    for (const std::string& token : tokens) {
      if (std::find(seen.begin(), seen.end(), token) != seen.end()) continue;
      seen.push_back(token);
      terms.emplace_back(token, 1);
    }
    return terms;
  }
  const size_t limit = options.top_k > 0 ? options.top_k : tokens.size();
  const auto ranked = search::top_terms_by_tf_idf(tokens, *options.idf, limit);
  const double best = ranked.empty() ? 1 : std::max(ranked.front().weight, 1e-9);
  for (const search::WeightedTerm& term : ranked) {
    if (term.weight <= 0) continue;  // a term the index does not know cannot help
    const int repeat = std::max(1, static_cast<int>(std::ceil(options.max_repeat * term.weight / best - 1e-9)));
    terms.emplace_back(term.term, options.max_repeat > 1 ? repeat : 1);
  }
  return terms;
}

std::string weighted_match(const std::vector<std::pair<std::string, int>>& terms) {
  std::string match;
  for (const auto& [term, repeat] : terms) {
    const std::string quoted = search::fts5_match_expression(std::vector<std::string>{term});
    for (int i = 0; i < repeat; ++i) match += (match.empty() ? "" : " OR ") + quoted;
  }
  return match;
}

std::string word_match(const search::Segmenter& segmenter, std::string_view query_text,
                       const WordQueryOptions& options) {
  return weighted_match(weighted_query_terms(segmenter.cut(query_text, options.mode), options));
}

}  // namespace kc::bench
