#include "modules/cultivation/domain/tech_sme_rules.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "modules/cultivation/domain/excluded_industries.hpp"

namespace kc::cultivation {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

// An eligible enterprise that passes comfortably: 30 % staff, 6 % R&D by sales, one Ⅰ类 patent.
TechSmeInput eligible() {
  TechSmeInput in;
  in.evaluation_year = 2025;
  in.resident_enterprise_cn_mainland = true;
  in.accounting_sound_and_audit_collection = true;
  in.industry = "软件和信息技术服务业";
  in.employees_total = 100;
  in.tech_staff = 30;
  in.sales_revenue_wan = dec("5000");
  in.total_assets_wan = dec("3000");
  in.rd_expense_wan = dec("300");
  in.cost_expense_total_wan = dec("4500");
  in.ip = {{IpClass::ClassI, "发明专利", true, true, false}};
  return in;
}

SmeIpItem class_ii() { return {IpClass::ClassII, "实用新型专利", true, true, false}; }

struct EdgeCase {
  const char* value;
  int points;
  const char* band;
};

TEST(TechSmeScoring, TechStaffBandEdgesInclusiveBelowExclusive) {
  // 1000 employees: tech staff count = ratio in per mille.
  const EdgeCase cases[] = {{"300", 20, "A"}, {"299", 16, "B"}, {"250", 16, "B"}, {"249", 12, "C"},
                            {"200", 12, "C"}, {"199", 8, "D"},  {"150", 8, "D"},  {"149", 4, "E"},
                            {"100", 4, "E"},  {"99", 0, "F"},   {"0", 0, "F"},    {"1000", 20, "A"}};
  for (const auto& c : cases) {
    TechSmeInput in = eligible();
    in.employees_total = 1000;
    in.tech_staff = std::stoi(c.value);
    const auto r = assess_tech_sme(in);
    EXPECT_EQ(r.scores.tech_staff.points, c.points) << c.value;
    EXPECT_EQ(r.scores.tech_staff.band, c.band) << c.value;
  }
}

TEST(TechSmeScoring, RdBySalesBandEdges) {
  // Sales 1000 万元: R&D expense in 万元 = ratio × 10.
  const EdgeCase cases[] = {{"60", 50, "A"},       {"59.999999", 40, "B"}, {"50", 40, "B"}, {"49.999999", 30, "C"},
                            {"40", 30, "C"},       {"39.999999", 20, "D"}, {"30", 20, "D"}, {"29.999999", 10, "E"},
                            {"20", 10, "E"},       {"19.999999", 0, "F"},  {"0", 0, "F"}};
  for (const auto& c : cases) {
    TechSmeInput in = eligible();
    in.sales_revenue_wan = dec("1000");
    in.rd_expense_wan = dec(c.value);
    const auto r = assess_tech_sme(in);
    EXPECT_EQ(r.scores.rd_by_sales.points, c.points) << c.value;
    EXPECT_EQ(r.scores.rd_by_sales.band, c.band) << c.value;
  }
}

TEST(TechSmeScoring, RdByCostBandEdges) {
  const EdgeCase cases[] = {{"300", 50, "A"}, {"299.999999", 40, "B"}, {"250", 40, "B"}, {"249.999999", 30, "C"},
                            {"200", 30, "C"}, {"199.999999", 20, "D"}, {"150", 20, "D"}, {"149.999999", 10, "E"},
                            {"100", 10, "E"}, {"99.999999", 0, "F"}};
  for (const auto& c : cases) {
    TechSmeInput in = eligible();
    in.cost_expense_total_wan = dec("1000");
    in.sales_revenue_wan = dec("100000");  // keep method (1) out of the way
    in.rd_expense_wan = dec(c.value);
    const auto r = assess_tech_sme(in);
    EXPECT_EQ(r.scores.rd_by_cost.points, c.points) << c.value;
    EXPECT_EQ(r.scores.rd_by_cost.band, c.band) << c.value;
  }
}

TEST(TechSmeScoring, EnterpriseChoosesTheRdMethodOtherwiseTheBetterOneIsUsed) {
  TechSmeInput in = eligible();  // by sales 6 % → 50; by cost 6.67 % → 0
  EXPECT_EQ(assess_tech_sme(in).scores.rd_method_used, RdMethod::BySales);
  EXPECT_EQ(assess_tech_sme(in).scores.rd_points_used(), 50);
  in.rd_method = RdMethod::ByCost;
  const auto chosen = assess_tech_sme(in);
  EXPECT_EQ(chosen.scores.rd_points_used(), 0);
  EXPECT_EQ(chosen.scores.rd_method_suggested, RdMethod::BySales);
  EXPECT_EQ(chosen.scores.total, 50);

  TechSmeInput cost_better = eligible();
  cost_better.sales_revenue_wan = dec("20000");  // 1.5 % → 0
  cost_better.cost_expense_total_wan = dec("1000");  // 30 % → 50
  const auto r = assess_tech_sme(cost_better);
  EXPECT_EQ(r.scores.rd_method_used, RdMethod::ByCost);
  EXPECT_EQ(r.scores.rd_points_used(), 50);
}

TEST(TechSmeScoring, EqualPointsPreferTheSalesMethod) {
  TechSmeInput in = eligible();
  in.cost_expense_total_wan = dec("1000");  // 30 % by cost → 50, equal to 6 % by sales → 50
  const auto r = assess_tech_sme(in);
  EXPECT_EQ(r.scores.rd_by_cost.points, 50);
  EXPECT_EQ(r.scores.rd_method_used, RdMethod::BySales);
  EXPECT_FALSE(r.scores.rd_method_chosen_by_enterprise);
}

TEST(TechSmeScoring, IpBandsAreNotAdditiveAndCountOnlyValidRelatedUndisputedIp) {
  const auto ip_points = [](std::vector<SmeIpItem> items) {
    TechSmeInput in = eligible();
    in.ip = std::move(items);
    return assess_tech_sme(in).scores.ip.points;
  };
  const SmeIpItem ii = class_ii();
  EXPECT_EQ(ip_points({}), 0);
  EXPECT_EQ(ip_points({ii}), 6);
  EXPECT_EQ(ip_points({ii, ii}), 12);
  EXPECT_EQ(ip_points({ii, ii, ii}), 18);
  EXPECT_EQ(ip_points({ii, ii, ii, ii}), 24);
  EXPECT_EQ(ip_points({ii, ii, ii, ii, ii, ii}), 24);
  EXPECT_EQ(ip_points({eligible().ip[0], ii, ii, ii, ii, ii}), 30);  // one Ⅰ类 + five Ⅱ类 still 30
  SmeIpItem trademark{IpClass::Trademark, "商标", true, true, false};
  SmeIpItem expired = ii, unrelated = ii, disputed = ii;
  expired.valid = false;
  unrelated.related_to_main_product = false;
  disputed.disputed = true;
  EXPECT_EQ(ip_points({trademark, trademark, expired, unrelated, disputed}), 0);
  TechSmeInput in = eligible();
  in.ip = {trademark, ii, expired};
  const auto r = assess_tech_sme(in);
  EXPECT_EQ(r.counted_class_i, 0);
  EXPECT_EQ(r.counted_class_ii, 1);
}

TEST(TechSmePassRule, SixtyPassesAndFiftyEightIsTheHighestFail) {
  TechSmeInput in = eligible();
  in.tech_staff = 10;        // 10 % → 4
  in.ip = {class_ii()};      // one Ⅱ类 → 6; R&D 6 % of sales → 50; total 60
  auto r = assess_tech_sme(in);
  EXPECT_EQ(r.scores.total, 60);
  EXPECT_TRUE(r.score_path_pass);
  EXPECT_EQ(r.outcome, TechSmeOutcome::QualifiedByScore);
  // 25 % → 16, R&D 4 % of sales → 30, two Ⅱ类 → 12: total 58
  in.tech_staff = 25;
  in.rd_expense_wan = dec("200");
  in.ip = {class_ii(), class_ii()};
  r = assess_tech_sme(in);
  EXPECT_EQ(r.scores.total, 58);
  EXPECT_FALSE(r.score_path_pass);
  EXPECT_EQ(r.outcome, TechSmeOutcome::NotQualified);
  ASSERT_EQ(r.score_path_fail_reasons.size(), 1u);
  EXPECT_NE(r.score_path_fail_reasons[0].find("58分"), std::string::npos);
}

TEST(TechSmePassRule, HighTotalFailsWhenTechStaffScoresZero) {
  TechSmeInput in = eligible();
  in.tech_staff = 9;  // 9 % → 0 points; total 0 + 50 + 30 = 80
  const auto r = assess_tech_sme(in);
  EXPECT_EQ(r.scores.total, 80);
  EXPECT_FALSE(r.score_path_pass);
  EXPECT_EQ(r.outcome, TechSmeOutcome::NotQualified);
  ASSERT_EQ(r.score_path_fail_reasons.size(), 1u);
  EXPECT_NE(r.score_path_fail_reasons[0].find("科技人员"), std::string::npos);
}

TEST(TechSmeEligibility, SizeLimitsAreInclusive) {
  TechSmeInput in = eligible();
  in.employees_total = 500;
  in.tech_staff = 150;
  in.sales_revenue_wan = dec("20000");
  in.total_assets_wan = dec("20000");
  EXPECT_TRUE(assess_tech_sme(in).eligibility_pass());
  in.employees_total = 501;
  in.sales_revenue_wan = dec("20000.000001");
  in.total_assets_wan = dec("20000.01");
  const auto r = assess_tech_sme(in);
  ASSERT_EQ(r.eligibility_failures.size(), 1u);
  EXPECT_EQ(r.eligibility_failures[0].code, "E2");
  EXPECT_NE(r.eligibility_failures[0].message.find("501人"), std::string::npos);
  EXPECT_NE(r.eligibility_failures[0].message.find("资产总额"), std::string::npos);
  EXPECT_EQ(r.outcome, TechSmeOutcome::Ineligible);
}

TEST(TechSmeEligibility, EachCodeIsReportedOnceWithScoresStillComputed) {
  TechSmeInput in = eligible();
  in.resident_enterprise_cn_mainland = false;
  in.accounting_sound_and_audit_collection = false;
  in.industry = "F5211";
  in.major_incident_or_serious_dishonesty = true;
  in.on_abnormal_or_dishonest_list = true;
  in.direct.hnte_cert_valid = true;  // direct qualification needs eligibility too
  const auto r = assess_tech_sme(in);
  ASSERT_EQ(r.eligibility_failures.size(), 3u);
  EXPECT_EQ(r.eligibility_failures[0].code, "E1");
  EXPECT_EQ(r.eligibility_failures[1].code, "E3");
  EXPECT_NE(r.eligibility_failures[1].message.find("批发和零售业"), std::string::npos);
  EXPECT_EQ(r.eligibility_failures[2].code, "E4");
  EXPECT_EQ(r.outcome, TechSmeOutcome::Ineligible);
  EXPECT_EQ(r.scores.total, 100);
  EXPECT_EQ(r.direct_qualification_hits.size(), 1u);
}

TEST(ExcludedIndustries, MatchesThe119ListByCodeAndName) {
  EXPECT_EQ(tax_excluded_industry("F"), "批发和零售业");
  EXPECT_EQ(tax_excluded_industry("F5211"), "批发和零售业");
  EXPECT_EQ(tax_excluded_industry("5211"), "批发和零售业");
  EXPECT_EQ(tax_excluded_industry("零售业"), "批发和零售业");
  EXPECT_EQ(tax_excluded_industry("烟草制品业"), "烟草制造业");
  EXPECT_EQ(tax_excluded_industry("1610"), "烟草制造业");
  EXPECT_EQ(tax_excluded_industry("R9011"), "娱乐业");
  EXPECT_EQ(tax_excluded_industry("62"), "住宿和餐饮业");
  EXPECT_EQ(tax_excluded_industry("K7010"), "房地产业");
  EXPECT_EQ(tax_excluded_industry(" 租赁和商务服务业 "), "租赁和商务服务业");
  EXPECT_FALSE(tax_excluded_industry("R"));  // only 大类 90 of 门类 R is excluded
  EXPECT_FALSE(tax_excluded_industry("R8710"));
  EXPECT_FALSE(tax_excluded_industry("6511"));
  EXPECT_FALSE(tax_excluded_industry("软件和信息技术服务业"));
  EXPECT_FALSE(tax_excluded_industry("C3911"));
}

TEST(TechSmeDirect, DirectHitBypassesThePassRuleIncludingZeroTechStaff) {
  TechSmeInput in = eligible();
  in.tech_staff = 0;
  in.ip = {};
  in.direct.hnte_cert_valid = true;
  in.direct.provincial_rd_institution = true;
  const auto r = assess_tech_sme(in);
  EXPECT_FALSE(r.score_path_pass);
  EXPECT_EQ(r.outcome, TechSmeOutcome::QualifiedDirect);
  ASSERT_EQ(r.direct_qualification_hits.size(), 2u);
  EXPECT_EQ(r.direct_qualification_hits[0].code, "D1");
  EXPECT_EQ(r.direct_qualification_hits[1].code, "D3");
}

TEST(TechSmeDirect, AwardNeedsTopThreeRankWithinFiveYears) {
  TechSmeInput in = eligible();
  in.tech_staff = 0;
  in.direct.national_sci_award = NationalAward{2021, "国家科学技术进步奖二等奖", 3};
  EXPECT_EQ(assess_tech_sme(in).outcome, TechSmeOutcome::QualifiedDirect);
  in.direct.national_sci_award->rank_among_units = 4;
  EXPECT_EQ(assess_tech_sme(in).outcome, TechSmeOutcome::NotQualified);
  in.direct.national_sci_award = NationalAward{2020, "国家技术发明奖", 1};  // outside 2021–2025
  const auto r = assess_tech_sme(in);
  EXPECT_EQ(r.outcome, TechSmeOutcome::NotQualified);
  EXPECT_EQ(r.manual_review.size(), 2u);  // E3 note + the window-edge note for 2020
}

TEST(TechSmeDirect, FiveYearWindowEdgeIsConfigurable) {
  TechSmeInput in = eligible();
  in.tech_staff = 0;
  in.direct.led_standard = LedStandard{2025, StandardLevel::National, 5};
  TechSmeRuleSet excluding_current = tech_sme_rules_2022();
  excluding_current.recent_window_includes_evaluation_year = false;  // window 2020–2024
  EXPECT_EQ(assess_tech_sme(in).outcome, TechSmeOutcome::QualifiedDirect);
  EXPECT_EQ(assess_tech_sme(in, excluding_current).outcome, TechSmeOutcome::NotQualified);
  in.direct.led_standard->year = 2020;
  EXPECT_EQ(assess_tech_sme(in).outcome, TechSmeOutcome::NotQualified);
  EXPECT_EQ(assess_tech_sme(in, excluding_current).outcome, TechSmeOutcome::QualifiedDirect);
  in.direct.led_standard = LedStandard{2023, StandardLevel::Industry, 6};  // not "主导" (top five)
  EXPECT_EQ(assess_tech_sme(in).outcome, TechSmeOutcome::NotQualified);
}

TEST(TechSmeRatios, ZeroDenominatorGivesUndefinedRatioAndNoPoints) {
  TechSmeInput in = eligible();
  in.sales_revenue_wan = dec("0");
  const auto r = assess_tech_sme(in);
  EXPECT_FALSE(r.rd_to_sales.has_value());
  EXPECT_EQ(r.scores.rd_by_sales.points, 0);
  EXPECT_EQ(r.scores.rd_by_sales.band, "F");
}

TEST(TechSmeValidation, InconsistentInputNamesTheField) {
  const auto field_of = [](TechSmeInput in) {
    try {
      assess_tech_sme(in);
    } catch (const ApiError& e) {
      EXPECT_EQ(e.err(), Err::FieldInvalid);
      return e.field();
    }
    return std::string("(none)");
  };
  TechSmeInput in = eligible();
  in.tech_staff = 101;
  EXPECT_EQ(field_of(in), "tech_staff");
  in = eligible();
  in.employees_total = 0;
  in.tech_staff = 0;
  EXPECT_EQ(field_of(in), "employees_total");
  in = eligible();
  in.rd_expense_wan = dec("-1");
  EXPECT_EQ(field_of(in), "rd_expense_wan");
  in = eligible();
  in.direct.national_sci_award = NationalAward{2026, "x", 1};
  EXPECT_EQ(field_of(in), "direct.national_sci_award.year");
}

}  // namespace
}  // namespace kc::cultivation
