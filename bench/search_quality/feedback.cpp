#include "feedback.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kc::bench {
namespace {

std::vector<int64_t> first_pass(const TokenIndex& index, const std::vector<search::WeightedTerm>& query, int limit) {
  return index.db.search(index.table, search::fts5_weighted_match(query, 3), limit);
}

std::vector<search::WeightedTerm> query_terms(const TokenIndex& index, const std::string& text) {
  const std::vector<std::string> tokens = index.tokenize(text);
  return search::weighted_query_terms(tokens, index.idf, tokens.size());
}

std::unordered_map<std::string, double> as_map(const std::vector<search::WeightedTerm>& terms) {
  std::unordered_map<std::string, double> map;
  for (const auto& t : terms) map[t.term] = t.weight;
  return map;
}

double cosine(const std::unordered_map<std::string, double>& a, const std::unordered_map<std::string, double>& b) {
  double dot = 0, norm_a = 0, norm_b = 0;
  for (const auto& [term, w] : a) {
    norm_a += w * w;
    if (auto it = b.find(term); it != b.end()) dot += w * it->second;
  }
  for (const auto& [term, w] : b) norm_b += w * w;
  return norm_a > 0 && norm_b > 0 ? dot / std::sqrt(norm_a * norm_b) : 0;
}

}  // namespace

SearchFn weighted_search(const TokenIndex& index) {
  return [index](const std::string& text, int64_t, int limit) {
    return first_pass(index, query_terms(index, text), limit);
  };
}

SearchFn feedback_search(const TokenIndex& index, FeedbackSettings settings) {
  return [index, settings](const std::string& text, int64_t self, int limit) {
    const auto query = query_terms(index, text);
    std::vector<std::vector<std::string>> feedback;
    for (int64_t id : first_pass(index, query, static_cast<int>(settings.feedback_docs) + 1)) {
      // The query's own record is no feedback (in the product the query text is not indexed).
      if (id != self && feedback.size() < settings.feedback_docs) {
        feedback.push_back(index.documents[static_cast<size_t>(id - 1)]);
      }
    }
    const auto expanded = search::expand_with_feedback(query, feedback, index.idf, settings.expansion);
    return index.db.search(index.table, search::fts5_weighted_match(expanded, settings.max_repeat), limit);
  };
}

SearchFn cosine_rerank_search(const TokenIndex& index, size_t candidates) {
  return [index, candidates](const std::string& text, int64_t, int limit) {
    const auto query = query_terms(index, text);
    const auto query_vector = as_map(query);
    std::vector<std::pair<double, int64_t>> scored;
    for (int64_t id : first_pass(index, query, static_cast<int>(candidates))) {
      const auto& tokens = index.documents[static_cast<size_t>(id - 1)];
      scored.emplace_back(-cosine(query_vector, as_map(search::top_terms_by_tf_idf(tokens, index.idf, tokens.size()))), id);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<int64_t> ids;
    for (size_t i = 0; i < scored.size() && ids.size() < static_cast<size_t>(limit); ++i) ids.push_back(scored[i].second);
    return ids;
  };
}

SearchFn rank_fusion_search(SearchFn first, SearchFn second, int depth) {
  return [first, second, depth](const std::string& text, int64_t self, int limit) {
    std::unordered_map<int64_t, double> score;
    for (const SearchFn* fn : {&first, &second}) {
      const std::vector<int64_t> ids = (*fn)(text, self, depth);
      for (size_t rank = 0; rank < ids.size(); ++rank) score[ids[rank]] += 1.0 / (60.0 + static_cast<double>(rank) + 1);
    }
    std::vector<std::pair<double, int64_t>> ranked;
    for (const auto& [id, s] : score) ranked.emplace_back(-s, id);
    std::sort(ranked.begin(), ranked.end());
    std::vector<int64_t> ids;
    for (size_t i = 0; i < ranked.size() && ids.size() < static_cast<size_t>(limit); ++i) ids.push_back(ranked[i].second);
    return ids;
  };
}

}  // namespace kc::bench
