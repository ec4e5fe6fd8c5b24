#pragma once
// One-pass query handling over the word index: the variants the benchmark compares.
#include <string>
#include <string_view>

#include "search/segmenter.hpp"
#include "search/term_weights.hpp"

namespace kc::bench {

struct WordQueryOptions {
  search::CutMode mode = search::CutMode::Precise;
  bool drop_single_chars = false;         // lone Han characters (prefix queries otherwise)
  const search::IdfTable* idf = nullptr;  // when set: rank terms by tf x idf (single chars dropped)
  size_t top_k = 0;                       // with idf: keep only the k best terms; 0 = all
  int max_repeat = 1;                     // with idf: weights as 1..max_repeat repeats
};

// The FTS5 MATCH expression for `query_text` under `options`.
std::string word_match(const search::Segmenter& segmenter, std::string_view query_text,
                       const WordQueryOptions& options);

}  // namespace kc::bench
