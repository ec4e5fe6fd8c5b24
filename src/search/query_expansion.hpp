#pragma once
// "More like this" queries: turning a long text (an abstract, the description of a technology
// need or achievement) into a weighted FTS query, optionally expanded with the words of the
// documents a first query found (pseudo-relevance feedback, RM3-like). Pure functions: the
// caller runs the two queries and passes the first pass's document tokens back in.
// What each step gave on the CSLDCP benchmark is in README.md.
#include <span>
#include <string>
#include <vector>

#include "search/term_weights.hpp"

namespace kc::search {

// top_terms_by_tf_idf() with weights scaled so the best term weighs 1.
std::vector<WeightedTerm> weighted_query_terms(std::span<const std::string> tokens, const IdfTable& idf,
                                               size_t limit);

struct FeedbackOptions {
  size_t expansion_terms = 20;  // best feedback words considered
  double feedback_share = 0.5;  // weight of feedback words against the query's own words
  size_t final_terms = 30;      // terms in the expanded query
};

// Each feedback document contributes its tf x idf per token divided by its length (so long
// documents do not dominate); the best `expansion_terms` of the sum, scaled to 1, are mixed with
// the query terms as (1 - share) * query + share * feedback. Best first.
std::vector<WeightedTerm> expand_with_feedback(std::span<const WeightedTerm> query,
                                               std::span<const std::vector<std::string>> feedback_documents,
                                               const IdfTable& idf, const FeedbackOptions& options = {});

// FTS5 has no per-term query weights, but bm25() sums over the query's phrases, so a term OR-ed
// in k times counts k times. Weights (best first, scaled to the first) become 1..max_repeat.
// Returns "" when there is no term with a positive weight.
std::string fts5_weighted_match(std::span<const WeightedTerm> terms, int max_repeat = 3);

}  // namespace kc::search
