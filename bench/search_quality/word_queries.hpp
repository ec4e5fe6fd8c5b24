#pragma once
// Query handling over the segmenter's word index: the variants the benchmark compares.
#include <string>
#include <string_view>
#include <vector>

#include "search/segmenter.hpp"
#include "search/term_weights.hpp"

namespace kc::bench {

struct WordQueryOptions {
  search::CutMode mode = search::CutMode::Precise;
  bool drop_single_chars = false;         // lone Han characters (prefix queries otherwise)
  const search::IdfTable* idf = nullptr;  // ranks terms for top_k and repeat weights
  size_t top_k = 0;                       // keep only the k best terms by tf x idf; 0 = all
  int max_repeat = 1;                     // > 1: weight terms by repeating them (FTS5's bm25 sums
                                          // over query phrases, so a repeated term counts more)
};

// The FTS5 MATCH expression for `query_text` under `options`.
std::string word_match(const search::Segmenter& segmenter, std::string_view query_text,
                       const WordQueryOptions& options);

// Query terms with integer repeat weights, best first: what word_match() quotes and OR-s.
std::vector<std::pair<std::string, int>> weighted_query_terms(const std::vector<std::string>& tokens,
                                                              const WordQueryOptions& options);

// OR of quoted terms, each repeated `weight` times.
std::string weighted_match(const std::vector<std::pair<std::string, int>>& terms);

}  // namespace kc::bench
