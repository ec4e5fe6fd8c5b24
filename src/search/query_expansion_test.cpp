#include "search/query_expansion.hpp"

#include <gtest/gtest.h>

#include <map>

namespace kc::search {
namespace {

using Tokens = std::vector<std::string>;

IdfTable small_idf() {
  IdfTable idf;
  idf.add("芯片", 4), idf.add("互连", 8), idf.add("封装", 6), idf.add("研究", 1), idf.add("光刻", 6);
  idf.set_default_idf(0);  // unknown to the index: cannot match, so no weight
  return idf;
}

TEST(QueryExpansion, QueryTermsAreScaledToTheBest) {
  const auto terms = weighted_query_terms(Tokens{"芯片", "互连", "研究", "未知词"}, small_idf(), 10);
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0].term, "互连");
  EXPECT_DOUBLE_EQ(terms[0].weight, 1.0);
  EXPECT_DOUBLE_EQ(terms[1].weight, 0.5);  // 芯片 4/8
  EXPECT_DOUBLE_EQ(terms[3].weight, 0.0);  // 未知词
}

TEST(QueryExpansion, FeedbackAddsWordsOfTheFoundDocuments) {
  const IdfTable idf = small_idf();
  const auto query = weighted_query_terms(Tokens{"芯片", "互连"}, idf, 10);
  const std::vector<Tokens> feedback = {{"封装", "芯片"}, {"封装", "光刻", "研究", "芯片"}};
  const auto expanded = expand_with_feedback(query, feedback, idf, {.feedback_share = 0.5});
  std::map<std::string, double> weight;
  for (const auto& t : expanded) weight[t.term] = t.weight;
  EXPECT_TRUE(weight.contains("封装"));
  EXPECT_TRUE(weight.contains("光刻"));
  // 封装: (6/2 + 6/4) = 4.5 is the feedback best -> 0.5 * 1; 互连 only from the query: 0.5 * 1.
  EXPECT_DOUBLE_EQ(weight["封装"], 0.5);
  EXPECT_DOUBLE_EQ(weight["互连"], 0.5);
  // 芯片: query 0.5 * 0.5 + feedback 0.5 * (4/2 + 4/4) / 4.5.
  EXPECT_NEAR(weight["芯片"], 0.25 + 0.5 * 3.0 / 4.5, 1e-9);
  EXPECT_EQ(expand_with_feedback(query, feedback, idf, {.final_terms = 2}).size(), 2u);
}

TEST(QueryExpansion, WeightsBecomeRepeatsInTheMatch) {
  const std::vector<WeightedTerm> terms = {{"互连", 1.0}, {"芯片", 0.5}, {"研究", 0.1}, {"零", 0}};
  EXPECT_EQ(fts5_weighted_match(terms, 2), "\"互连\" OR \"互连\" OR \"芯片\" OR \"研究\"");
  EXPECT_EQ(fts5_weighted_match(std::vector<WeightedTerm>{}, 3), "");
}

}  // namespace
}  // namespace kc::search
