#pragma once
// Two-pass query handling, both using the documents a first weighted query found:
//  - pseudo-relevance feedback (search::expand_with_feedback);
//  - cosine re-ranking of the top candidates by tf-idf similarity with the query;
// and reciprocal rank fusion of two methods. Works on any of the benchmark's pre-tokenised
// tables (words or bigrams), so the feedback gain can be told apart from the segmenter's.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "evaluation.hpp"
#include "search/query_expansion.hpp"
#include "search/term_weights.hpp"
#include "sqlite_fts.hpp"

namespace kc::bench {

using Tokenize = std::function<std::vector<std::string>(const std::string&)>;

struct TokenIndex {
  SqliteFts& db;
  std::string table;
  Tokenize tokenize;                                // the same tokens for queries and documents
  const search::IdfTable& idf;                      // from the table's own document frequencies
  const std::vector<std::vector<std::string>>& documents;  // tokens of rowid - 1
};

struct FeedbackSettings {
  size_t feedback_docs = 5;
  search::FeedbackOptions expansion{};
  int max_repeat = 3;
};

// First pass: all query terms weighted by tf-idf (max_repeat 3).
SearchFn weighted_search(const TokenIndex& index);
SearchFn feedback_search(const TokenIndex& index, FeedbackSettings settings);
SearchFn cosine_rerank_search(const TokenIndex& index, size_t candidates);
// Reciprocal rank fusion (Cormack et al. 2009, k = 60) of two result lists of `depth` each.
SearchFn rank_fusion_search(SearchFn first, SearchFn second, int depth);

}  // namespace kc::bench
