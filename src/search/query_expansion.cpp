#include "search/query_expansion.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "search/fts_query.hpp"

namespace kc::search {
namespace {

void scale_to_max_one(std::vector<WeightedTerm>& terms) {
  double max = 0;
  for (const WeightedTerm& t : terms) max = std::max(max, t.weight);
  if (max > 0) {
    for (WeightedTerm& t : terms) t.weight /= max;
  }
}

// Ties broken by the term so results do not depend on hash-map order.
void sort_best_first(std::vector<WeightedTerm>& terms) {
  std::sort(terms.begin(), terms.end(), [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
}

std::vector<WeightedTerm> to_terms(const std::unordered_map<std::string, double>& weights) {
  std::vector<WeightedTerm> terms;
  terms.reserve(weights.size());
  for (const auto& [term, weight] : weights) terms.push_back({term, weight});
  sort_best_first(terms);
  return terms;
}

std::vector<WeightedTerm> feedback_terms(std::span<const std::vector<std::string>> documents, const IdfTable& idf,
                                         size_t limit) {
  std::unordered_map<std::string, double> weights;
  for (const std::vector<std::string>& tokens : documents) {
    if (tokens.empty()) continue;
    for (const WeightedTerm& t : top_terms_by_tf_idf(tokens, idf, tokens.size())) {
      weights[t.term] += t.weight / static_cast<double>(tokens.size());
    }
  }
  std::vector<WeightedTerm> terms = to_terms(weights);
  if (terms.size() > limit) terms.resize(limit);
  scale_to_max_one(terms);
  return terms;
}

}  // namespace

std::vector<WeightedTerm> weighted_query_terms(std::span<const std::string> tokens, const IdfTable& idf,
                                               size_t limit) {
  std::vector<WeightedTerm> terms = top_terms_by_tf_idf(tokens, idf, limit);
  scale_to_max_one(terms);
  return terms;
}

std::vector<WeightedTerm> expand_with_feedback(std::span<const WeightedTerm> query,
                                               std::span<const std::vector<std::string>> feedback_documents,
                                               const IdfTable& idf, const FeedbackOptions& options) {
  std::unordered_map<std::string, double> combined;
  for (const WeightedTerm& t : query) combined[t.term] += (1 - options.feedback_share) * t.weight;
  for (const WeightedTerm& t : feedback_terms(feedback_documents, idf, options.expansion_terms)) {
    combined[t.term] += options.feedback_share * t.weight;
  }
  std::vector<WeightedTerm> terms = to_terms(combined);
  if (terms.size() > options.final_terms) terms.resize(options.final_terms);
  return terms;
}

std::string fts5_weighted_match(std::span<const WeightedTerm> terms, int max_repeat) {
  std::string match;
  const double best = terms.empty() ? 0 : terms.front().weight;
  for (const WeightedTerm& t : terms) {
    if (!(t.weight > 0) || t.term.empty()) continue;
    const int repeat = std::clamp(static_cast<int>(std::ceil(max_repeat * t.weight / best - 1e-9)), 1, max_repeat);
    const std::string quoted = fts5_match_expression(std::vector<std::string>{t.term});
    for (int i = 0; i < repeat; ++i) match += (match.empty() ? "" : " OR ") + quoted;
  }
  return match;
}

}  // namespace kc::search
