#include "word_queries.hpp"

#include "search/fts_query.hpp"
#include "search/query_expansion.hpp"
#include "search/text_normalize.hpp"

namespace kc::bench {
namespace {

bool is_single_han_char(const std::string& token) {
  const search::DecodedChar c = search::decode_utf8_at(token, 0);
  return c.byte_length == token.size() && search::is_han(c.code);
}

}  // namespace

std::string word_match(const search::Segmenter& segmenter, std::string_view query_text,
                       const WordQueryOptions& options) {
  std::vector<std::string> tokens = segmenter.cut(query_text, options.mode);
  if (options.idf) {
    const size_t limit = options.top_k > 0 ? options.top_k : tokens.size();
    return search::fts5_weighted_match(search::weighted_query_terms(tokens, *options.idf, limit), options.max_repeat);
  }
  if (options.drop_single_chars) std::erase_if(tokens, is_single_han_char);
  return search::fts5_match_expression(tokens);
}

}  // namespace kc::bench
