#include "modules/market/domain/matching.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

MatchProfile profile(std::vector<search::WeightedTerm> terms, std::string field = "", std::string industry = "",
                     std::string region = "", std::string city = "") {
  return {std::move(terms), std::move(field), std::move(industry), std::move(region), std::move(city), ""};
}

std::vector<ReasonKind> kinds(const MatchScore& m) {
  std::vector<ReasonKind> out;
  for (const auto& r : m.reasons) out.push_back(r.kind);
  return out;
}

// A chip-interconnect demand: two specific words (high IDF) and one word nearly every text has (low IDF).
const MatchProfile kChipDemand =
    profile({{"互连", 9.0}, {"芯片", 8.0}, {"封装", 6.0}, {"技术", 0.4}}, "10201", "3973", "410421", "410400");

TEST(MarketMatching, FieldMatchOutranksALoneSharedCommonWord) {
  auto common_word_only = profile({{"灌溉", 9.0}, {"节水", 8.0}, {"技术", 0.4}}, "40101");
  auto same_field = profile({{"光刻", 9.0}, {"晶圆", 8.0}}, "10201");
  auto by_word = score_match(kChipDemand, common_word_only);
  auto by_field = score_match(kChipDemand, same_field);
  EXPECT_GT(by_field.score, by_word.score);
  ASSERT_EQ(kinds(by_word), std::vector{ReasonKind::SharedTerms});
  EXPECT_EQ(by_word.reasons[0].terms, std::vector<std::string>{"技术"});
  EXPECT_EQ(kinds(by_field), std::vector{ReasonKind::SameField});
  EXPECT_EQ(by_field.reasons[0].code, "10201");
}

TEST(MarketMatching, SharedSpecificWordsOutweighASharedCommonWord) {
  auto specific = profile({{"互连", 5.0}, {"农业", 9.0}});
  auto common = profile({{"技术", 5.0}, {"农业", 9.0}});
  EXPECT_GT(score_match(kChipDemand, specific).score, score_match(kChipDemand, common).score);
}

TEST(MarketMatching, ListsEveryReasonWithTheHeaviestSharedTermsFirst) {
  auto achievement = profile({{"芯片", 7.0}, {"互连", 3.0}, {"技术", 0.5}, {"散热", 4.0}}, "10201", "3973", "410421",
                             "410400");
  auto m = score_match(kChipDemand, achievement);
  EXPECT_EQ(kinds(m), (std::vector{ReasonKind::SharedTerms, ReasonKind::SameField, ReasonKind::SameIndustry,
                                   ReasonKind::SameCounty}));
  // 芯片 8×7 = 56 > 互连 9×3 = 27 > 技术 0.4×0.5.
  EXPECT_EQ(m.reasons[0].terms, (std::vector<std::string>{"芯片", "互连", "技术"}));
  EXPECT_EQ(m.reasons[2].code, "3973");
  EXPECT_EQ(m.reasons[3].code, "410421");
}

TEST(MarketMatching, ASharedWordInsideALongerSharedWordIsNotListedAgain) {
  auto a = profile({{"帘子布", 9.0}, {"帘子", 5.0}, {"缺陷", 4.0}});
  auto b = profile({{"帘子布", 8.0}, {"帘子", 6.0}, {"缺陷", 2.0}});
  auto m = score_match(a, b);
  EXPECT_EQ(m.reasons.at(0).terms, (std::vector<std::string>{"帘子布", "缺陷"}));
  auto without_inner_word = b;
  without_inner_word.terms.erase(without_inner_word.terms.begin() + 1);
  EXPECT_GT(m.score, score_match(a, without_inner_word).score);  // 帘子 still counts, it is only not listed
}

TEST(MarketMatching, BroaderSharedCodesCountLessThanExactOnes) {
  auto exact = profile({}, "10201", "3973", "410421", "410400");
  auto broader = profile({}, "10299", "3979", "410422", "410400");
  auto exact_match = score_match(kChipDemand, exact);
  auto broad_match = score_match(kChipDemand, broader);
  EXPECT_GT(exact_match.score, broad_match.score);
  EXPECT_EQ(kinds(broad_match),
            (std::vector{ReasonKind::SameFieldDomain, ReasonKind::SameIndustryDivision, ReasonKind::SameCity}));
  EXPECT_EQ(broad_match.reasons[0].code, "10");
  EXPECT_EQ(broad_match.reasons[1].code, "39");
  EXPECT_EQ(broad_match.reasons[2].code, "410400");
}

TEST(MarketMatching, NothingSharedMeansNoScoreAndNoReason) {
  auto other = profile({{"养殖", 9.0}}, "40101", "C", "410102", "410100");
  auto m = score_match(profile({{"芯片", 1.0}}, "10201", "C", "410421", "410400"), other);
  EXPECT_EQ(m.score, 0);
  EXPECT_TRUE(m.reasons.empty());  // a shared 门类 letter alone is no reason
  EXPECT_EQ(score_match(profile({}), profile({})).score, 0);
}

TEST(MarketMatching, IdenticalTextGivesTheFullTextWeight) {
  auto same_text = profile(kChipDemand.terms);
  EXPECT_DOUBLE_EQ(score_match(kChipDemand, same_text).score, kTextWeight);
  EXPECT_DOUBLE_EQ(score_match(kChipDemand, same_text).text, kTextWeight);
  EXPECT_EQ(score_match(kChipDemand, profile({}, "10201")).text, 0);
}

TEST(MarketMatching, TheCandidatesTierIsAReason) {
  auto enterprise = profile({}, "", "3973");
  enterprise.tier = "高企后备企业";
  auto m = score_match(kChipDemand, enterprise);
  EXPECT_EQ(kinds(m), (std::vector{ReasonKind::SameIndustry, ReasonKind::Tier}));
  EXPECT_DOUBLE_EQ(m.score, kSameIndustryClassWeight + kTierWeight);
}

TEST(MarketMatching, EqualScoresAreRankedByIdWhateverTheInputOrder) {
  auto tie = score_match(kChipDemand, profile({}, "10201"));
  auto better = score_match(kChipDemand, profile({}, "10201", "3973"));
  std::vector<RankedMatch> a{{9, tie}, {3, tie}, {7, better}, {5, tie}};
  std::vector<RankedMatch> b{{5, tie}, {7, better}, {9, tie}, {3, tie}};
  rank_matches(a);
  rank_matches(b);
  std::vector<std::int64_t> ids_a, ids_b;
  for (const auto& m : a) ids_a.push_back(m.id);
  for (const auto& m : b) ids_b.push_back(m.id);
  EXPECT_EQ(ids_a, (std::vector<std::int64_t>{7, 3, 5, 9}));
  EXPECT_EQ(ids_b, ids_a);
}

}  // namespace
}  // namespace kc::market
