#include "modules/cultivation/domain/reserve_pool.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

const CivilDate kEvaluation = CivilDate::from_ymd(2026, 6, 1);

// The contract's tech-sme example (100 staff, 30 technical, sales 5000, R&D 300, one class-I patent).
ReserveFacts report_data(const std::string& rd_expense, const char* registration_date = "2019-03-01") {
  auto body = boost::json::parse(contract_examples::kTechSmeExampleInput);
  body.as_object()["rd_expense_wan"] = rd_expense;
  return reserve_facts_of(parse_tech_sme_input(body),
                          registration_date ? CivilDate::parse(registration_date) : std::nullopt);
}

TEST(CultivationReservePool, FactsCountValidNonTrademarkIp) {
  auto body = boost::json::parse(contract_examples::kTechSmeExampleInput);
  auto& ip = body.as_object()["ip"].as_array();
  ip.push_back(boost::json::parse(R"({"class": "TM", "kind": "商标", "valid": true, "related_to_main_product": true})"));
  ip.push_back(boost::json::parse(R"({"class": "II", "kind": "实用新型", "valid": false, "related_to_main_product": true})"));
  ip.push_back(boost::json::parse(R"({"class": "II", "kind": "软件著作权", "valid": true, "related_to_main_product": false})"));
  auto facts = reserve_facts_of(parse_tech_sme_input(body), std::nullopt);
  EXPECT_EQ(facts.owned_ip_count, 2);
  EXPECT_EQ(facts.employees_total, 100);
  EXPECT_FALSE(facts.registration_date.has_value());
}

TEST(CultivationReservePool, RuleQualifiesAnEnteredTechSmeNearTheHnteLines) {
  auto policy = reserve_policy("410000");
  auto r = evaluate_reserve_rule(policy, report_data("300"), true, kEvaluation);
  EXPECT_TRUE(r.qualified) << r.reason;
  EXPECT_EQ(r.rule_set, policy.version.id);
  auto not_entered = evaluate_reserve_rule(policy, report_data("300"), false, kEvaluation);
  EXPECT_FALSE(not_entered.qualified);
  EXPECT_FALSE(not_entered.reason.empty());
}

TEST(CultivationReservePool, RdRatioEdgeIsInclusiveAndExact) {
  auto policy = reserve_policy("410000");
  ASSERT_TRUE(policy.rd_ratio_min.has_value());
  EXPECT_EQ(*policy.rd_ratio_min, Fraction::percent(3));
  EXPECT_TRUE(evaluate_reserve_rule(policy, report_data("150"), true, kEvaluation).qualified);  // exactly 3%
  EXPECT_FALSE(evaluate_reserve_rule(policy, report_data("149.999999"), true, kEvaluation).qualified);
}

TEST(CultivationReservePool, VerdictOnlyAgreesWithTheExplainedRule) {
  auto policy = reserve_policy("410000");
  for (const char* rd : {"300", "150", "149.999999", "0"})
    for (bool entered : {false, true}) {
      auto explained = evaluate_reserve_rule(policy, report_data(rd), entered, kEvaluation);
      auto verdict = evaluate_reserve_rule(policy, report_data(rd), entered, kEvaluation, TierDetail::VerdictOnly);
      EXPECT_EQ(verdict.qualified, explained.qualified) << rd << " " << entered;
      EXPECT_TRUE(verdict.reason.empty());
      EXPECT_FALSE(explained.reason.empty());
    }
}

TEST(CultivationReservePool, MissingRegistrationDateIsAReasonNotACrash) {
  auto r = evaluate_reserve_rule(reserve_policy("410000"), report_data("300", nullptr), true, kEvaluation);
  EXPECT_FALSE(r.qualified);
  EXPECT_NE(r.reason.find("registration_date"), std::string::npos);
}

TEST(CultivationReservePool, YearlyRunDecisions) {
  const ReserveEvaluation pass{true, "ok", "v"}, fail{false, "研发费用占比不足", "v"};
  // In the pool: stays while qualifying; exit candidate when not, or when nothing was filed in time.
  EXPECT_EQ(reassess_pool_member(PoolStatus::Active, pass, true, 2025).change, PoolChange::None);
  auto failing = reassess_pool_member(PoolStatus::Active, fail, false, 2025);
  EXPECT_EQ(failing.change, PoolChange::MarkExitCandidate);
  EXPECT_NE(failing.reason.find("研发费用占比不足"), std::string::npos);
  auto silent = reassess_pool_member(PoolStatus::Active, std::nullopt, true, 2025);
  EXPECT_EQ(silent.change, PoolChange::MarkExitCandidate);
  EXPECT_NE(silent.reason.find("未在截止日期前报送2025年度年报"), std::string::npos);
  EXPECT_EQ(reassess_pool_member(PoolStatus::Active, std::nullopt, false, 2025).change, PoolChange::None);
  // An officer's "keep" holds for the rest of that year's runs, not for the next year.
  EXPECT_EQ(reassess_pool_member(PoolStatus::Active, fail, true, 2025, true).change, PoolChange::None);
  EXPECT_EQ(reassess_pool_member(PoolStatus::Active, std::nullopt, true, 2025, true).change, PoolChange::None);
  // Outside the pool (never in, or exited earlier): enters when the rule holds.
  EXPECT_EQ(reassess_pool_member(PoolStatus::None, pass, false, 2025).change, PoolChange::Nominate);
  EXPECT_EQ(reassess_pool_member(PoolStatus::Exited, pass, false, 2025).change, PoolChange::Nominate);
  EXPECT_EQ(reassess_pool_member(PoolStatus::None, fail, true, 2025).change, PoolChange::None);
  EXPECT_EQ(reassess_pool_member(PoolStatus::None, std::nullopt, true, 2025).change, PoolChange::None);
  // A pending exit candidate waits for the officer's decision whatever the data say.
  EXPECT_EQ(reassess_pool_member(PoolStatus::ExitCandidate, pass, true, 2025).change, PoolChange::None);
  EXPECT_EQ(reassess_pool_member(PoolStatus::ExitCandidate, std::nullopt, true, 2025).change, PoolChange::None);
}

TEST(CultivationReservePool, EvaluationIsSkippedOnlyWhereItCannotMatter) {
  const ReserveEvaluation pass{true, "ok", "v"}, fail{false, "x", "v"};
  for (auto status : {PoolStatus::None, PoolStatus::Active, PoolStatus::ExitCandidate, PoolStatus::Exited})
    for (bool kept : {false, true}) {
      if (decision_needs_evaluation(status, kept)) continue;
      // Skipping is safe: the decision is the same whatever the evaluation would have said.
      for (bool deadline : {false, true}) {
        auto with_pass = reassess_pool_member(status, pass, deadline, 2025, kept);
        EXPECT_EQ(with_pass.change, reassess_pool_member(status, fail, deadline, 2025, kept).change);
        EXPECT_EQ(with_pass.change, reassess_pool_member(status, std::nullopt, deadline, 2025, kept).change);
      }
    }
  EXPECT_TRUE(decision_needs_evaluation(PoolStatus::Active, false));
  EXPECT_TRUE(decision_needs_evaluation(PoolStatus::None, false));
  EXPECT_FALSE(decision_needs_evaluation(PoolStatus::ExitCandidate, false));
}

TEST(CultivationReservePool, StatusCodesRoundTrip) {
  for (auto s : {PoolStatus::Active, PoolStatus::ExitCandidate, PoolStatus::Exited})
    EXPECT_EQ(parse_pool_status(pool_status_code(s)), s);
  EXPECT_EQ(parse_pool_status("gone"), PoolStatus::None);
}

}  // namespace
}  // namespace kc::cultivation
