#include "modules/cultivation/domain/tier_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

Decimal dec(const char* text) { return Decimal::parse(text).value(); }

TierPolicy default_policy(Tier tier) {
  const auto all = default_tier_policies("410000");
  return *std::find_if(all.begin(), all.end(), [&](const TierPolicy& p) { return p.tier == tier; });
}

TierInput enterprise(std::vector<const char*> revenue) {
  TierInput in;
  in.registration_date = CivilDate::parse("2018-06-01").value();
  in.evaluation_date = CivilDate::parse("2025-06-01").value();
  in.is_hnte = true;
  in.is_registered_tech_sme = true;
  for (const char* r : revenue) in.revenue_wan.push_back(dec(r));
  in.rd_expense_latest_wan = dec("0");
  in.employees_total = 100;
  in.tech_staff = 30;
  in.owned_ip_count = 3;
  return in;
}

const TierCheck* find_check(const TierResult& r, const std::string& key) {
  for (const auto& check : r.checks)
    if (check.key == key) return &check;
  return nullptr;
}

TEST(TierDefaults, EveryTierIsVersionedWithRegionAndDocument) {
  const auto all = default_tier_policies("410000");
  EXPECT_EQ(all.size(), 5u);
  for (const auto& policy : all) {
    EXPECT_EQ(policy.version.region, "410000");
    EXPECT_FALSE(policy.version.document.empty());
    EXPECT_EQ(policy.version.effective_from.size(), 10u);
    EXPECT_NE(policy.version.id.find(tier_code(policy.tier)), std::string::npos);
    EXPECT_FALSE(policy.note.empty());
  }
  EXPECT_EQ(default_policy(Tier::TechLittleGiant).version.document, "豫科〔2016〕158号");
}

TEST(TechLittleGiant, RevenueMustExceedOneHundredMillionYuan) {
  const TierPolicy giant = default_policy(Tier::TechLittleGiant);
  EXPECT_FALSE(evaluate_tier(giant, enterprise({"10000"})).qualified);  // 超过: exactly 1亿 is not enough
  const auto r = evaluate_tier(giant, enterprise({"10000.000001"}));
  EXPECT_TRUE(r.qualified);
  EXPECT_EQ(r.rule_set.id, "410000.tier.tech_little_giant.default");
  EXPECT_FALSE(evaluate_tier(giant, enterprise({})).qualified);
}

TEST(Gazelle, MeanAnnualRevenueGrowthAtTheEdgeAndHntePrerequisite) {
  const TierPolicy gazelle = default_policy(Tier::Gazelle);
  EXPECT_TRUE(evaluate_tier(gazelle, enterprise({"100", "120", "144"})).qualified);  // exactly 20 %
  const auto below = evaluate_tier(gazelle, enterprise({"100", "120", "143.999999"}));
  EXPECT_FALSE(below.qualified);
  ASSERT_NE(find_check(below, "growth"), nullptr);
  EXPECT_FALSE(find_check(below, "growth")->pass);
  TierInput not_hnte = enterprise({"100", "120", "144"});
  not_hnte.is_hnte = false;
  const auto r = evaluate_tier(gazelle, not_hnte);
  EXPECT_FALSE(r.qualified);
  EXPECT_FALSE(find_check(r, "prerequisite")->pass);
  EXPECT_FALSE(evaluate_tier(gazelle, enterprise({"120", "144"})).qualified);  // needs three years
  EXPECT_FALSE(evaluate_tier(gazelle, enterprise({"0", "120", "144"})).qualified);
}

TEST(TierGrowth, CagrAndMeanAnnualDifferAndCagrIsExactAtTheEdge) {
  TierPolicy cagr = default_policy(Tier::Gazelle);
  cagr.growth_metric = GrowthMetric::Cagr;
  EXPECT_TRUE(evaluate_tier(cagr, enterprise({"100", "100", "144"})).qualified);  // 1.2² = 1.44 exactly
  EXPECT_FALSE(evaluate_tier(cagr, enterprise({"100", "100", "143.999999"})).qualified);
  // 100 → 200 → 130: mean of the annual rates 32.5 %, CAGR about 14 %.
  EXPECT_TRUE(evaluate_tier(default_policy(Tier::Gazelle), enterprise({"100", "200", "130"})).qualified);
  EXPECT_FALSE(evaluate_tier(cagr, enterprise({"100", "200", "130"})).qualified);
}

TEST(Eaglet, AgeInCompletedYearsAndRatios) {
  const TierPolicy eaglet = default_policy(Tier::Eaglet);
  TierInput in = enterprise({"1000"});
  in.registration_date = CivilDate::parse("2020-03-01").value();
  in.evaluation_date = CivilDate::parse("2026-02-28").value();  // 5 completed years
  in.rd_expense_latest_wan = dec("100");  // 10 %
  in.tech_staff = 20;                     // 20 %
  EXPECT_TRUE(evaluate_tier(eaglet, in).qualified);
  in.evaluation_date = CivilDate::parse("2026-03-01").value();  // 6 completed years
  EXPECT_FALSE(evaluate_tier(eaglet, in).qualified);
  in.evaluation_date = CivilDate::parse("2025-06-01").value();
  in.rd_expense_latest_wan = dec("99.999999");
  EXPECT_FALSE(evaluate_tier(eaglet, in).qualified);
  in.rd_expense_latest_wan = dec("100");
  in.tech_staff = 19;
  EXPECT_FALSE(evaluate_tier(eaglet, in).qualified);
}

TEST(HnteReserve, NeedsOneYearIpAndRatiosNearTheHnteLines) {
  const TierPolicy reserve = default_policy(Tier::HnteReserve);
  TierInput in = enterprise({"1000"});
  in.rd_expense_latest_wan = dec("30");
  in.tech_staff = 10;
  in.is_hnte = false;
  EXPECT_TRUE(evaluate_tier(reserve, in).qualified);
  in.owned_ip_count = 0;
  EXPECT_FALSE(evaluate_tier(reserve, in).qualified);
  in.owned_ip_count = 1;
  in.registration_date = CivilDate::parse("2024-06-02").value();  // one day short of a year
  EXPECT_FALSE(evaluate_tier(reserve, in).qualified);
}

TEST(InnovationLeader, RevenueFloorAndDishonestyExclusion) {
  const TierPolicy leader = default_policy(Tier::InnovationLeader);
  EXPECT_TRUE(evaluate_tier(leader, enterprise({"30000.01"})).qualified);
  EXPECT_FALSE(evaluate_tier(leader, enterprise({"30000"})).qualified);
  TierInput listed = enterprise({"50000"});
  listed.on_serious_dishonesty_list = true;
  EXPECT_FALSE(evaluate_tier(leader, listed).qualified);
}

TEST(TierValidation, InconsistentInputNamesTheField) {
  TierInput in = enterprise({"100"});
  in.tech_staff = 101;
  try {
    evaluate_tier(default_policy(Tier::Eaglet), in);
    ADD_FAILURE();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.field(), "tech_staff");
  }
}

}  // namespace
}  // namespace kc::cultivation

namespace kc::cultivation {
namespace {

TEST(CultivationTierDetail, VerdictOnlyGivesTheSameVerdictsWithoutMessages) {
  TierInput in;
  in.registration_date = *CivilDate::parse("2020-01-01");
  in.evaluation_date = *CivilDate::parse("2026-06-01");
  in.is_hnte = true;
  in.is_registered_tech_sme = true;
  in.revenue_wan = {Decimal::whole(3000), Decimal::whole(4000), Decimal::whole(5200)};
  in.rd_expense_latest_wan = Decimal::whole(300);
  in.employees_total = 100;
  in.tech_staff = 12;
  in.owned_ip_count = 1;
  for (const auto& policy : default_tier_policies("410000")) {
    auto explained = evaluate_tier(policy, in);
    auto verdict = evaluate_tier(policy, in, TierDetail::VerdictOnly);
    EXPECT_EQ(verdict.qualified, explained.qualified) << tier_code(policy.tier);
    ASSERT_EQ(verdict.checks.size(), explained.checks.size());
    for (std::size_t i = 0; i < verdict.checks.size(); ++i) {
      EXPECT_EQ(verdict.checks[i].key, explained.checks[i].key);
      EXPECT_EQ(verdict.checks[i].pass, explained.checks[i].pass);
      EXPECT_TRUE(verdict.checks[i].message.empty());
      EXPECT_FALSE(explained.checks[i].message.empty());
    }
  }
}

}  // namespace
}  // namespace kc::cultivation
