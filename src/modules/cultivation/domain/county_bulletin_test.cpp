#include "modules/cultivation/domain/county_bulletin.hpp"

#include <gtest/gtest.h>

namespace kc::cultivation {
namespace {

CountyFigures county(const char* code, std::int64_t entered, std::int64_t high_tech = 0, std::int64_t pool = 0,
                     const char* rd = "0", const char* revenue = "0") {
  CountyFigures c;
  c.region_code = code;
  c.tech_sme_entered = entered;
  c.high_tech = high_tech;
  c.reserve_pool = pool;
  c.rd_expense_wan = *Decimal::parse(rd);
  c.sales_revenue_wan = *Decimal::parse(revenue);
  return c;
}

std::vector<std::string> order_of(const std::vector<CountyRank>& ranked) {
  std::vector<std::string> out;
  for (const auto& r : ranked) out.push_back(r.figures.region_code + "#" + std::to_string(r.rank));
  return out;
}

TEST(CountyBulletin, MoreEnteredTechSmesRankFirst) {
  auto ranked = rank_counties({county("410422", 3), county("410421", 9), county("410423", 5)});
  EXPECT_EQ(order_of(ranked), (std::vector<std::string>{"410421#1", "410423#2", "410422#3"}));
}

TEST(CountyBulletin, TiesBreakOnHighTechThenPoolThenRdIntensity) {
  auto ranked = rank_counties({county("A", 5, 1, 9), county("B", 5, 2, 0), county("C", 5, 1, 9, "5", "100"),
                               county("D", 5, 1, 9, "6", "100")});
  EXPECT_EQ(order_of(ranked), (std::vector<std::string>{"B#1", "D#2", "C#3", "A#4"}));
}

TEST(CountyBulletin, RdIntensityIsComparedExactly) {
  // 1/3 against 0.333333: a double could call them equal; the exact fractions do not.
  auto ranked = rank_counties({county("A", 1, 0, 0, "0.333333", "1"), county("B", 1, 0, 0, "1", "3")});
  EXPECT_EQ(order_of(ranked), (std::vector<std::string>{"B#1", "A#2"}));
}

TEST(CountyBulletin, EqualCountiesShareARankAndTheNextSkips) {
  auto ranked = rank_counties({county("C", 2), county("B", 4), county("A", 4), county("D", 1)});
  EXPECT_EQ(order_of(ranked), (std::vector<std::string>{"A#1", "B#1", "C#3", "D#4"}));
}

TEST(CountyBulletin, ACountyWithoutRevenueHasNoIntensityAndRanksBelowOneWithIt) {
  auto none = county("A", 1);
  EXPECT_FALSE(none.rd_intensity());
  auto ranked = rank_counties({none, county("B", 1, 0, 0, "0", "10")});
  EXPECT_EQ(order_of(ranked), (std::vector<std::string>{"B#1", "A#2"}));
}

TEST(CountyBulletin, TotalsAddEveryFigure) {
  auto total = county("", 1, 2, 3, "1.5", "10");
  total.new_entries = 1;
  auto other = county("", 4, 5, 6, "0.25", "5");
  other.new_entries = 2;
  total.tiers[Tier::Gazelle] = 1;
  other.tiers[Tier::Gazelle] = 2;
  other.tiers[Tier::Eaglet] = 1;
  total.add(other);
  EXPECT_EQ(total.tiers[Tier::Gazelle], 3);
  EXPECT_EQ(total.tiers[Tier::Eaglet], 1);
  EXPECT_EQ(total.tech_sme_entered, 5);
  EXPECT_EQ(total.new_entries, 3);
  EXPECT_EQ(total.high_tech, 7);
  EXPECT_EQ(total.reserve_pool, 9);
  EXPECT_EQ(total.rd_expense_wan.to_string(), "1.75");
  EXPECT_EQ(*total.rd_intensity(), Fraction(175, 1500));
}

}  // namespace
}  // namespace kc::cultivation
