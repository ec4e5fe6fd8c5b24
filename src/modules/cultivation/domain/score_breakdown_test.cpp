#include "modules/cultivation/domain/score_breakdown.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

TechSmeInput example(const char* rd) {
  auto body = boost::json::parse(contract_examples::kTechSmeExampleInput);
  body.as_object()["rd_expense_wan"] = rd;
  return parse_tech_sme_input(body);
}

TEST(CultivationScoreBreakdown, EachIndicatorWithBandPointsNextBandAndClause) {
  auto rows = tech_sme_breakdown(example("280"));  // 5.6 % of sales, 6.22 % of cost; 30 % technical staff
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].code, "tech_staff");
  EXPECT_EQ(rows[0].band, "A");
  EXPECT_EQ(rows[0].points, 20);
  EXPECT_FALSE(rows[0].next.has_value());  // top band
  EXPECT_EQ(rows[1].code, "rd_by_sales");
  EXPECT_EQ(rows[1].band, "B");
  EXPECT_EQ(rows[1].points, 40);
  ASSERT_TRUE(rows[1].next.has_value());
  EXPECT_EQ(rows[1].next->next_band, "A");
  EXPECT_EQ(rows[1].next->gap, *percentage_points("0.4"));
  EXPECT_NE(rows[1].clause.find("第七条"), std::string_view::npos);
  EXPECT_EQ(rows[2].band, "F");  // 6.22 % of cost: below the 10 % of band E
  EXPECT_EQ(rows[2].next->next_band, "E");
}

TEST(CultivationScoreBreakdown, ZeroDenominatorIsTheBottomBandWithoutARatio) {
  auto input = example("280");
  input.sales_revenue_wan = Decimal();
  auto rows = tech_sme_breakdown(input);
  EXPECT_FALSE(rows[1].ratio.has_value());
  EXPECT_EQ(rows[1].band, "F");
  auto json = breakdown_json(rows);
  EXPECT_TRUE(json[1].as_object().at("ratio_pct").is_null());
}

}  // namespace
}  // namespace kc::cultivation
