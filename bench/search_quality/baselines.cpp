#include "baselines.hpp"

#include <unordered_set>

#include "search/fts_query.hpp"
#include "search/text_normalize.hpp"

namespace kc::bench {
namespace {

using search::DecodedChar;

std::string slice(const std::string& text, const std::vector<DecodedChar>& chars, size_t from, size_t to) {
  const size_t begin = chars[from].byte_offset;
  return text.substr(begin, chars[to - 1].byte_offset + chars[to - 1].byte_length - begin);
}

template <typename Predicate>
size_t run_end(const std::vector<DecodedChar>& chars, size_t from, Predicate belongs) {
  while (from < chars.size() && belongs(chars[from].code)) ++from;
  return from;
}

}  // namespace

std::vector<std::string> char_bigrams(std::string_view raw) {
  const std::string text = search::normalize_text(raw);
  const std::vector<DecodedChar> chars = search::decode_utf8(text);
  std::vector<std::string> grams;
  for (size_t i = 0; i < chars.size();) {
    if (search::is_han(chars[i].code)) {
      const size_t end = run_end(chars, i, search::is_han);
      if (end - i == 1) grams.push_back(slice(text, chars, i, end));
      for (size_t k = i; k + 1 < end; ++k) grams.push_back(slice(text, chars, k, k + 2));
      i = end;
    } else if (search::is_ascii_alnum(chars[i].code)) {
      const size_t end = run_end(chars, i, search::is_ascii_alnum);
      grams.push_back(slice(text, chars, i, end));
      i = end;
    } else {
      ++i;
    }
  }
  return grams;
}

std::string bigram_index_text(std::string_view text) {
  std::string joined;
  for (const std::string& gram : char_bigrams(text)) {
    if (!joined.empty()) joined += ' ';
    joined += gram;
  }
  return joined;
}

namespace {

// OR of distinct quoted grams. Not search::fts5_match_expression(): the baselines must not be
// capped at kMaxQueryTerms (a 100-character query has 98 trigrams) nor turn a lone Han
// character into a prefix query.
std::string or_of_distinct(const std::vector<std::string>& grams) {
  std::unordered_set<std::string> seen;
  std::string match;
  for (const std::string& gram : grams) {
    if (!seen.insert(gram).second) continue;
    if (!match.empty()) match += " OR ";
    match += search::fts5_quote(gram);
  }
  return match;
}

}  // namespace

std::string bigram_match(std::string_view query_text) { return or_of_distinct(char_bigrams(query_text)); }

std::string trigram_match(std::string_view query_text) {
  const std::string text(query_text);
  const std::vector<DecodedChar> chars = search::decode_utf8(text);
  std::vector<std::string> windows;
  for (size_t k = 0; k + 3 <= chars.size(); ++k) windows.push_back(slice(text, chars, k, k + 3));
  return or_of_distinct(windows);
}

}  // namespace kc::bench
