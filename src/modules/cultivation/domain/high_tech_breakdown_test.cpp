#include "modules/cultivation/domain/high_tech_breakdown.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <functional>

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;

HighTechResult example(const std::function<void(json::object&)>& change = [](json::object&) {}) {
  auto body = json::parse(contract_examples::kHighTechExampleInput);
  change(body.as_object());
  return assess_high_tech(parse_high_tech_input(body));
}

const InnovationRow& row(const std::vector<InnovationRow>& rows, std::string_view code) {
  for (const auto& r : rows)
    if (r.code == code) return r;
  throw std::logic_error("no row");
}

TEST(HighTechBreakdown, GrowthRowsSayHowFarTheNextBandIsExactly) {
  const auto rows = innovation_breakdown(example());
  const auto& sales = row(rows, "growth_sales");  // (4000/3000 + 4800/4000)/2 − 1 = 4/15 = 26.6667 %, band B
  EXPECT_EQ(sales.band, "B");
  ASSERT_TRUE(sales.next);
  EXPECT_EQ(sales.next->band, "A");
  EXPECT_EQ(sales.next->edge, Fraction::percent(35));
  EXPECT_EQ(sales.next->gap, Fraction::percent(35) - Fraction(4, 15));
  EXPECT_EQ(sales.next->min_points, 9);
  EXPECT_EQ(sales.points, 7);
  EXPECT_FALSE(sales.clause.empty());
}

TEST(HighTechBreakdown, TheTopBandHasNoNext) {
  const auto rows = innovation_breakdown(example());
  EXPECT_EQ(row(rows, "transformation").band, "A");  // 15 conversions over 3 years = 5 a year
  EXPECT_FALSE(row(rows, "transformation").next);
  EXPECT_FALSE(row(rows, "ip_count").next);  // two Ⅰ类 items
}

TEST(HighTechBreakdown, WithoutClassIItemsTheClassIICountDecidesTheNextBand) {
  auto result = example([](json::object& b) {
    for (auto& item : b["ip"].as_array()) item.as_object()["class"] = "II";
    auto& inn = b["innovation"].as_object();
    inn["ip_count_pick"] = 1;  // 2 Ⅱ类 items: band D (1–2 points)
  });
  const auto rows = innovation_breakdown(result);  // kept: row() returns a reference into it
  const auto& ip = row(rows, "ip_count");
  EXPECT_EQ(ip.band, "D");
  ASSERT_TRUE(ip.next);
  EXPECT_EQ(ip.next->band, "C");
  EXPECT_EQ(ip.next->gap, Fraction::integer(1));  // a third Ⅱ类 item
}

TEST(HighTechBreakdown, EveryConditionHasItsClause) {
  auto result = example();
  auto out = high_tech_breakdown_json(result, high_tech_result_json(result));
  const auto& conditions = out.at("conditions").as_array();
  ASSERT_EQ(conditions.size(), 8u);
  for (const auto& c : conditions) {
    EXPECT_FALSE(c.at("clause").as_string().empty()) << c.at("key").as_string();
    EXPECT_TRUE(c.at("pass").as_bool());
  }
  EXPECT_EQ(out.at("total").as_int64(), 84);
  EXPECT_EQ(condition_clause("C9_other"), "");
}

}  // namespace
}  // namespace kc::cultivation
