#include "modules/cultivation/domain/near_threshold.hpp"

#include <gtest/gtest.h>

#include "modules/cultivation/domain/tech_sme_rules.hpp"

namespace kc::cultivation {
namespace {

const auto kRdBySales = tech_sme_ratio_bands(TechSmeRatio::RdBySales);
const Fraction kHalfPoint = *percentage_points("0.5");

Fraction ratio(std::int64_t rd, std::int64_t sales) { return *Fraction::ratio(rd, sales); }

TEST(CultivationNearThreshold, JustBelowAnEdgeWithinTheMargin) {
  // 5.6 % of sales: band B (5 %), 0.4 points below band A (6 %).
  auto near = near_next_band(ratio(56, 1000), kRdBySales, kHalfPoint);
  ASSERT_TRUE(near.has_value());
  EXPECT_EQ(near->band, "B");
  EXPECT_EQ(near->next_band, "A");
  EXPECT_EQ(near->points_gain, 10);
  EXPECT_EQ(near->edge, Fraction::percent(6));
  EXPECT_EQ(near->gap, *percentage_points("0.4"));
}

TEST(CultivationNearThreshold, MarginEdgeIsInclusiveAndExact) {
  EXPECT_TRUE(near_next_band(ratio(55, 1000), kRdBySales, kHalfPoint).has_value());  // exactly 0.5 below 6 %
  // 5.4999999 %: 0.5000001 points below, just outside (binary floating point could not tell these apart reliably).
  EXPECT_FALSE(near_next_band(ratio(549'999'990, 10'000'000'000), kRdBySales, kHalfPoint).has_value());
  EXPECT_FALSE(near_next_band(ratio(6, 100), kRdBySales, kHalfPoint).has_value());   // at the edge: already in A
  EXPECT_FALSE(near_next_band(ratio(9, 100), kRdBySales, kHalfPoint).has_value());   // top band
}

TEST(CultivationNearThreshold, BottomBandLooksAtTheFirstEdge) {
  auto near = near_next_band(ratio(19, 1000), kRdBySales, kHalfPoint);  // 1.9 %, band F, E starts at 2 %
  ASSERT_TRUE(near.has_value());
  EXPECT_EQ(near->band, "F");
  EXPECT_EQ(near->next_band, "E");
}

TEST(CultivationNearThreshold, PercentagePointsParseExactly) {
  EXPECT_EQ(*percentage_points("0.5"), Fraction(1, 200));
  EXPECT_EQ(*percentage_points("1"), Fraction(1, 100));
  EXPECT_FALSE(percentage_points("-1").has_value());
  EXPECT_FALSE(percentage_points("abc").has_value());
  EXPECT_FALSE(percentage_points("101").has_value());
}

}  // namespace
}  // namespace kc::cultivation
