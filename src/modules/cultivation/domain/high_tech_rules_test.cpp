#include "modules/cultivation/domain/high_tech_rules.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }
CivilDate date(const char* text) { return CivilDate::parse(text).value(); }

// The contract's worked example (qualified, innovation total 84) as the starting point of each test.
HighTechInput example() {
  return parse_high_tech_input(boost::json::parse(contract_examples::kHighTechExampleInput));
}

// A one-year-old enterprise with a single fiscal year of data (for the day-counting tests).
HighTechInput young(const char* registered, const char* applied, int fiscal_year) {
  HighTechInput in = example();
  in.registration_date = date(registered);
  in.application_date = date(applied);
  in.fiscal_years = {{fiscal_year, dec("3000"), dec("200"), dec("200")}};
  in.latest_year.year = fiscal_year;
  in.innovation.net_assets_wan = {dec("1000")};
  in.innovation.growth_net_assets_pick = 0;
  in.innovation.growth_sales_pick = 0;
  return in;
}

TEST(HighTechC1, ThreeHundredSixtyFiveCalendarDaysNotTheAnniversary) {
  EXPECT_TRUE(assess_high_tech(young("2023-03-01", "2024-02-29", 2023)).conditions.c1.pass);  // 365 days, leap year
  const auto short_by_one = assess_high_tech(young("2023-03-01", "2024-02-28", 2023));
  EXPECT_FALSE(short_by_one.conditions.c1.pass);
  EXPECT_EQ(short_by_one.conditions.c1.days, 364);
  EXPECT_EQ(short_by_one.failed_conditions.front(), "C1_registered_1y");
  EXPECT_TRUE(assess_high_tech(young("2024-02-29", "2025-02-28", 2024)).conditions.c1.pass);
  EXPECT_FALSE(assess_high_tech(young("2024-02-29", "2025-02-27", 2024)).conditions.c1.pass);
  EXPECT_EQ(assess_high_tech(example()).conditions.c1.days, 2313);
}

TEST(HighTechC2, AnyOneOwnedValidSupportingIpSuffices) {
  HighTechInput in = example();
  in.ip = {{IpClass::ClassII, "软件著作权", IpAcquisition::SelfDeveloped, true, true, true, false}};
  in.innovation.ip_count_pick = 1;  // one Ⅱ类 → band D, 1–2
  const auto r = assess_high_tech(in);
  EXPECT_TRUE(r.conditions.c2.pass);  // "Ⅰ类≥1 或 Ⅱ类≥5" is not a condition
  EXPECT_EQ(r.conditions.c2.qualifying_ip_count, 1);
}

TEST(HighTechC2, SpentNotOwnedInvalidAndTrademarkIpDoNotCount) {
  HighTechIpItem spent{IpClass::ClassII, "实用新型专利", IpAcquisition::SelfDeveloped, true, true, true, true};
  HighTechIpItem not_owned{IpClass::ClassI, "发明专利", IpAcquisition::SelfDeveloped, false, true, true, false};
  HighTechIpItem invalid{IpClass::ClassI, "发明专利", IpAcquisition::SelfDeveloped, true, false, true, false};
  HighTechIpItem peripheral{IpClass::ClassI, "发明专利", IpAcquisition::SelfDeveloped, true, true, false, false};
  HighTechIpItem trademark{IpClass::Trademark, "商标", IpAcquisition::SelfDeveloped, true, true, true, false};
  HighTechInput in = example();
  in.ip = {spent, not_owned, invalid, peripheral, trademark};
  in.innovation.ip_count_pick = 0;
  in.innovation.acquisition_pick = 0;
  const auto r = assess_high_tech(in);
  EXPECT_FALSE(r.conditions.c2.pass);
  EXPECT_EQ(r.innovation.ip.class_ii_counted, 0);
  EXPECT_EQ(r.innovation.ip.ip_count.band, "E");
  // A Ⅰ类 item may be reused in a later application; only Ⅱ类 is spent.
  spent.ip_class = IpClass::ClassI;
  in.ip = {spent};
  in.innovation.ip_count_pick = 7;
  in.innovation.acquisition_pick = 3;
  EXPECT_TRUE(assess_high_tech(in).conditions.c2.pass);
}

TEST(HighTechC3, TopLevelNamesAndStructurallyValidCodes) {
  EXPECT_EQ(hightech_top_level_field("电子信息"), "电子信息");
  EXPECT_EQ(hightech_top_level_field("10"), "电子信息");
  EXPECT_EQ(hightech_top_level_field("101"), "电子信息");
  EXPECT_EQ(hightech_top_level_field("10101"), "电子信息");
  EXPECT_EQ(hightech_top_level_field("809"), "先进制造与自动化");
  EXPECT_EQ(hightech_top_level_field("30201"), "航空航天");
  EXPECT_FALSE(hightech_top_level_field("109"));  // 电子信息 has 8 second-level fields
  EXPECT_FALSE(hightech_top_level_field("303"));  // 航空航天 has 2
  EXPECT_FALSE(hightech_top_level_field("90"));
  EXPECT_FALSE(hightech_top_level_field("10100"));
  EXPECT_FALSE(hightech_top_level_field("人工智能"));
  HighTechInput in = example();
  in.tech_domain = "人工智能";
  const auto r = assess_high_tech(in);
  EXPECT_FALSE(r.conditions.c3.pass);
  EXPECT_EQ(r.failed_conditions, std::vector<std::string>{"C3_domain"});
}

TEST(HighTechC4, TenPercentInclusive) {
  HighTechInput in = example();
  in.tech_staff = 12;  // of 120
  EXPECT_TRUE(assess_high_tech(in).conditions.c4.pass);
  in.tech_staff = 11;
  EXPECT_FALSE(assess_high_tech(in).conditions.c4.pass);
}

// Sales of the three years with the same R&D each year; `growth_pick` must fit the sales growth band.
HighTechInput with_sales(const char* y1, const char* y2, const char* y3, const char* rd_each, int growth_pick = 0) {
  HighTechInput in = example();
  const char* sales[] = {y1, y2, y3};
  for (int i = 0; i < 3; ++i) {
    in.fiscal_years[i].sales_wan = dec(sales[i]);
    in.fiscal_years[i].rd_wan = dec(rd_each);
    in.fiscal_years[i].rd_domestic_wan = dec(rd_each);
  }
  in.innovation.growth_sales_pick = growth_pick;
  return in;
}

TEST(HighTechC5, ThresholdFollowsLatestYearSalesNotTheThreeYearTotal) {
  // Total 13000 万元 (> 5000) but the latest year 5000 (含) → 5 %, not 4 %.
  auto r = assess_high_tech(with_sales("4000", "4000", "5000", "200", 3)).conditions.c5;  // 600 / 13000 = 4.6 %
  EXPECT_EQ(r.threshold, Fraction::percent(5));
  EXPECT_FALSE(r.rd_ratio_ok);
  // Latest 5000.000001 → 4 %: the same R&D now passes.
  r = assess_high_tech(with_sales("4000", "4000", "5000.000001", "200", 3)).conditions.c5;
  EXPECT_EQ(r.threshold, Fraction::percent(4));
  EXPECT_TRUE(r.rd_ratio_ok);
  // Total 45000 (> 2亿) but latest 20000 (含) → 4 %, not 3 %.
  r = assess_high_tech(with_sales("10000", "15000", "20000", "500", 9)).conditions.c5;  // 1500 / 45000 = 3.33 %
  EXPECT_EQ(r.threshold, Fraction::percent(4));
  EXPECT_FALSE(r.pass);
  r = assess_high_tech(with_sales("10000", "15000", "20000.000001", "500", 9)).conditions.c5;
  EXPECT_EQ(r.threshold, Fraction::percent(3));
  EXPECT_TRUE(r.pass);
}

TEST(HighTechC5, RatioUsesThreeYearTotalsNotTheLatestYear) {
  HighTechInput in = with_sales("4000", "4000", "4000", "0");
  in.fiscal_years[2].rd_wan = dec("599.999999");  // latest year 15 %, three-year 4.99999 %
  in.fiscal_years[2].rd_domestic_wan = dec("599.999999");
  EXPECT_FALSE(assess_high_tech(in).conditions.c5.rd_ratio_ok);
  in.fiscal_years[2].rd_wan = dec("600");  // exactly 5 % of 12000
  in.fiscal_years[2].rd_domestic_wan = dec("600");
  EXPECT_TRUE(assess_high_tech(in).conditions.c5.rd_ratio_ok);
}

TEST(HighTechC5, DomesticShareSixtyPercentInclusive) {
  HighTechInput in = example();  // R&D 200 + 260 + 300 = 760; 60 % = 456
  in.fiscal_years[0].rd_domestic_wan = dec("0");
  in.fiscal_years[1].rd_domestic_wan = dec("156");
  in.fiscal_years[2].rd_domestic_wan = dec("300");
  EXPECT_TRUE(assess_high_tech(in).conditions.c5.domestic_share_ok);
  in.fiscal_years[1].rd_domestic_wan = dec("155.999999");
  const auto c5 = assess_high_tech(in).conditions.c5;
  EXPECT_FALSE(c5.domestic_share_ok);
  EXPECT_TRUE(c5.rd_ratio_ok);
  EXPECT_FALSE(c5.pass);
}

TEST(HighTechC5, FewerYearsOfOperationUseTheYearsGiven) {
  HighTechInput in = young("2023-01-10", "2025-05-01", 2023);
  in.fiscal_years.push_back({2024, dec("1000"), dec("40"), dec("40")});
  in.fiscal_years[0] = {2023, dec("500"), dec("35"), dec("35")};
  in.latest_year.year = 2024;
  in.innovation.net_assets_wan = {dec("100"), dec("120")};
  in.innovation.growth_net_assets_pick = 7;
  EXPECT_THROW(assess_high_tech(in), ApiError);  // 120 / 100 − 1 = 20 % is band C (5–6): 7 is outside
  in.innovation.growth_net_assets_pick = 5;
  in.innovation.growth_sales_pick = 10;  // 1000 / 500 − 1 = 100 % → A
  const auto r = assess_high_tech(in);
  EXPECT_EQ(r.conditions.c5.years_used, 2);
  EXPECT_EQ(r.conditions.c5.rd_ratio, Fraction(75, 1500));  // exactly 5 %
  EXPECT_TRUE(r.conditions.c5.rd_ratio_ok);
  EXPECT_EQ(r.innovation.growth.sales.rate.method, GrowthMethod::TwoYears);
}

TEST(HighTechC6, LatestYearSixtyPercentInclusive) {
  HighTechInput in = example();
  in.latest_year.high_tech_revenue_wan = dec("3000");  // of 5000
  EXPECT_TRUE(assess_high_tech(in).conditions.c6.pass);
  in.latest_year.high_tech_revenue_wan = dec("2999.999999");
  const auto r = assess_high_tech(in);
  EXPECT_FALSE(r.conditions.c6.pass);
  EXPECT_EQ(r.failed_conditions, std::vector<std::string>{"C6_hightech_revenue"});
}

TEST(HighTechC7, SeventyFailsSeventyOnePasses) {
  HighTechInput in = example();  // 84
  in.innovation.advancement = 0;
  in.innovation.core_support = 0;
  auto r = assess_high_tech(in);
  EXPECT_EQ(r.innovation.total, 70);
  EXPECT_FALSE(r.conditions.c7.pass);
  EXPECT_FALSE(r.qualified);
  in.innovation.core_support = 1;
  r = assess_high_tech(in);
  EXPECT_EQ(r.innovation.total, 71);
  EXPECT_TRUE(r.conditions.c7.pass);
  EXPECT_TRUE(r.qualified);
}

TEST(HighTechC8, MajorIncidentInThePreviousYearFails) {
  HighTechInput in = example();
  in.major_incident_prev_year = true;
  const auto r = assess_high_tech(in);
  EXPECT_EQ(r.failed_conditions, std::vector<std::string>{"C8_no_major_incident_prev_year"});
  EXPECT_FALSE(r.conditions.c8.reason.empty());
}

TEST(HighTechInnovation, IntellectualPropertyIsCappedAtThirty) {
  HighTechInput in = example();
  in.innovation.advancement = 8;
  in.innovation.core_support = 8;
  in.innovation.acquisition_pick = 6;
  in.innovation.participated_standards = true;
  in.innovation.standards_bonus_pick = 2;
  const auto ip = assess_high_tech(in).innovation.ip;
  EXPECT_EQ(ip.raw_sum, 32);
  EXPECT_TRUE(ip.capped_at_30);
  EXPECT_EQ(ip.points, 30);
  in.innovation.standards_bonus_pick = 0;  // participated → 1–2
  EXPECT_THROW(assess_high_tech(in), ApiError);
}

TEST(HighTechInnovation, IpCountBandsByClassTwoCount) {
  const auto band_for_class_ii = [](int count) {
    HighTechInput in = example();
    in.ip.assign(count, {IpClass::ClassII, "实用新型专利", IpAcquisition::Transfer, true, true, true, false});
    in.innovation.acquisition_pick = count > 0 ? 3 : 0;  // only acquired IP → 1–3
    in.innovation.ip_count_pick = 0;
    try {
      assess_high_tech(in);
    } catch (const ApiError& e) {
      return std::string(e.message_zh());
    }
    return std::string("accepted 0");
  };
  EXPECT_NE(band_for_class_ii(5).find("5至6分"), std::string::npos);
  EXPECT_NE(band_for_class_ii(4).find("3至4分"), std::string::npos);
  EXPECT_NE(band_for_class_ii(3).find("3至4分"), std::string::npos);
  EXPECT_NE(band_for_class_ii(2).find("1至2分"), std::string::npos);
  EXPECT_NE(band_for_class_ii(1).find("1至2分"), std::string::npos);
  EXPECT_EQ(band_for_class_ii(0), "accepted 0");
}

TEST(HighTechInnovation, AcquisitionOnlyByTransferAllowsAtMostThree) {
  HighTechInput in = example();
  for (auto& item : in.ip) item.acquisition = IpAcquisition::Merger;
  in.innovation.acquisition_pick = 3;
  EXPECT_EQ(assess_high_tech(in).innovation.ip.acquisition.band, "B");
  in.innovation.acquisition_pick = 4;
  try {
    assess_high_tech(in);
    ADD_FAILURE();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.field(), "innovation.acquisition_pick");
  }
}

TEST(HighTechInnovation, TransformationBandsByAnnualAverage) {
  struct Case {
    int count;
    int years;
    const char* band;
    int min, max;
  };
  const Case cases[] = {{15, 3, "A", 25, 30}, {14, 3, "B", 19, 24}, {12, 3, "B", 19, 24}, {11, 3, "C", 13, 18},
                        {9, 3, "C", 13, 18},  {8, 3, "D", 7, 12},   {6, 3, "D", 7, 12},   {5, 3, "E", 1, 6},
                        {3, 3, "E", 1, 6},    {2, 3, "E_OR_F", 0, 6}, {0, 3, "F", 0, 0},  {5, 1, "A", 25, 30}};
  for (const auto& c : cases) {
    HighTechInput in = example();
    in.innovation.transform_count_3y = c.count;
    in.innovation.transform_years = c.years;
    in.innovation.transform_pick = c.min;
    const auto t = assess_high_tech(in).innovation.transformation;
    EXPECT_EQ(t.band.band, c.band) << c.count << "/" << c.years;
    EXPECT_EQ(t.band.max_points, c.max) << c.count << "/" << c.years;
  }
  HighTechInput gap = example();
  gap.innovation.transform_count_3y = 2;
  gap.innovation.transform_pick = 3;
  const auto r = assess_high_tech(gap);
  EXPECT_EQ(r.innovation.range_mode.min, 56);  // 26 + 0 + 16 + 14
  bool flagged = false;
  for (const auto& note : r.manual_review) flagged = flagged || note.find("科技成果转化") != std::string::npos;
  EXPECT_TRUE(flagged);
}

TEST(HighTechGrowth, BandEdgesOnTwoYearRates) {
  struct Case {
    const char* second;
    const char* band;
  };
  const Case cases[] = {{"135", "A"}, {"134.999999", "B"}, {"125", "B"}, {"124.999999", "C"}, {"115", "C"},
                        {"114.999999", "D"}, {"105", "D"}, {"104.999999", "E"}, {"100.000001", "E"}, {"100", "F"},
                        {"90", "F"}};
  for (const auto& c : cases) {
    const GrowthRate g = growth_rate({dec("100"), dec(c.second)}, true);
    ASSERT_TRUE(g.rate.has_value());
    HighTechInput in = young("2022-01-01", "2025-05-01", 2023);
    in.fiscal_years.push_back({2024, dec("3000"), dec("200"), dec("200")});
    in.latest_year.year = 2024;
    in.innovation.net_assets_wan = {dec("100"), dec(c.second)};
    in.innovation.growth_net_assets_pick = 0;
    try {
      assess_high_tech(in);
      EXPECT_EQ(std::string(c.band), "F") << c.second;
    } catch (const ApiError& e) {
      EXPECT_NE(e.message_zh().find(std::string("（") + c.band + "档）"), std::string::npos) << c.second << e.message_zh();
    }
  }
}

TEST(HighTechGrowth, FormulaAndSpecialCases) {
  // 1/2 × (2600/2000 + 3300/2600) − 1 = 0.284615…
  EXPECT_EQ(growth_rate({dec("2000"), dec("2600"), dec("3300")}, true).rate, Fraction(37, 130));
  const GrowthRate first_zero = growth_rate({dec("0"), dec("100"), dec("150")}, true);
  EXPECT_EQ(first_zero.method, GrowthMethod::LastTwoYears);
  EXPECT_EQ(first_zero.rate, Fraction(1, 2));
  EXPECT_EQ(growth_rate({dec("100"), dec("0"), dec("150")}, true).method, GrowthMethod::SecondYearZero);
  EXPECT_FALSE(growth_rate({dec("100"), dec("0"), dec("150")}, true).rate.has_value());
  EXPECT_EQ(growth_rate({dec("100")}, true).method, GrowthMethod::OneYear);
  EXPECT_EQ(growth_rate({dec("0"), dec("100")}, true).method, GrowthMethod::FirstYearZero);
  // Negative net assets count as 0 by default (configurable).
  EXPECT_EQ(growth_rate({dec("-50"), dec("100"), dec("120")}, true).method, GrowthMethod::LastTwoYears);
  EXPECT_EQ(growth_rate({dec("-50"), dec("100"), dec("120")}, false).method, GrowthMethod::Normal);
}

TEST(HighTechRangeMode, VerdictFromTheRangeOfComputedBands) {
  EXPECT_EQ(assess_high_tech(example()).innovation.range_mode.verdict, RangeVerdict::Pass);  // 81–89
  HighTechInput in = example();
  in.innovation.advancement = 3;
  in.innovation.core_support = 3;
  const auto lower = assess_high_tech(in).innovation.range_mode;  // 8 points less than 81–89
  EXPECT_EQ(lower.min, 73);
  EXPECT_EQ(lower.max, 81);
  EXPECT_EQ(lower.verdict, RangeVerdict::Pass);
  in.innovation.advancement = 0;
  in.innovation.core_support = 0;
  in.innovation.org = {1, 1, 1, 1};
  const auto mixed = assess_high_tech(in).innovation.range_mode;  // 81 − 14 − 12 = 55 .. 63, all ≤ 70
  EXPECT_EQ(mixed.verdict, RangeVerdict::Fail);
  in.innovation.org = {5, 5, 3, 3};
  in.innovation.core_support = 2;
  const auto edge = assess_high_tech(in).innovation.range_mode;  // 69 .. 77
  EXPECT_EQ(edge.min, 69);
  EXPECT_EQ(edge.verdict, RangeVerdict::DependsOnExpert);
}

TEST(HighTechValidation, InconsistentInputNamesTheField) {
  const auto field_of = [](HighTechInput in) {
    try {
      assess_high_tech(in);
    } catch (const ApiError& e) {
      return e.field();
    }
    return std::string("(none)");
  };
  HighTechInput in = example();
  in.fiscal_years[1].year = 2022;
  EXPECT_EQ(field_of(in), "fiscal_years[1].year");
  in = example();
  in.application_date = date("2024-12-31");  // the latest fiscal year must precede the application year
  EXPECT_EQ(field_of(in), "fiscal_years");
  in = example();
  in.fiscal_years[0].rd_domestic_wan = dec("201");
  EXPECT_EQ(field_of(in), "fiscal_years[0].rd_domestic_wan");
  in = example();
  in.innovation.net_assets_wan.pop_back();
  EXPECT_EQ(field_of(in), "innovation.net_assets_wan");
  in = example();
  in.innovation.org.m3 = 5;
  EXPECT_EQ(field_of(in), "innovation.org.m3");
  in = example();
  in.latest_year.high_tech_revenue_wan = dec("5000.01");
  EXPECT_EQ(field_of(in), "latest_year.high_tech_revenue_wan");
  in = example();
  in.innovation.transform_pick = 24;
  EXPECT_EQ(field_of(in), "innovation.transform_pick");
}

}  // namespace
}  // namespace kc::cultivation
