#include "modules/cultivation/domain/tier_policy_params.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;

TierPolicy parse(const char* text, Tier tier = Tier::HnteReserve) { return parse_tier_parameters(tier, json::parse(text)); }

// The error's code and the field it names.
std::pair<Err, std::string> error_of(const char* text) {
  try {
    parse(text);
  } catch (const ApiError& e) {
    return {e.err(), e.field()};
  }
  return {Err::Internal, "accepted"};
}

TEST(TierPolicyParams, EveryDefaultPolicySurvivesTheRoundTrip) {
  for (const auto& policy : default_tier_policies("410400")) {
    const auto written = tier_parameters_json(policy);
    EXPECT_EQ(tier_parameters_json(parse_tier_parameters(policy.tier, written)), written) << tier_code(policy.tier);
  }
}

TEST(TierPolicyParams, PercentagesAreExactDecimals) {
  auto p = parse(R"({"rd_ratio_min_percent": "3.5", "tech_staff_ratio_min_percent": 10})");
  ASSERT_TRUE(p.rd_ratio_min);
  EXPECT_EQ(*p.rd_ratio_min, Fraction(35, 1000));
  EXPECT_EQ(*p.tech_staff_ratio_min, Fraction::percent(10));
  EXPECT_EQ(tier_parameters_json(p).at("rd_ratio_min_percent"), json::value("3.5"));
}

TEST(TierPolicyParams, AbsentOrNullMeansNoCriterion) {
  auto p = parse(R"({"revenue_min_wan": null})");
  EXPECT_FALSE(p.revenue_min_wan);
  EXPECT_FALSE(p.min_years_registered);
  EXPECT_EQ(p.prerequisite, TierPrerequisite::None);
  EXPECT_TRUE(p.revenue_min_inclusive);
  EXPECT_TRUE(p.exclude_serious_dishonesty);
  EXPECT_EQ(p.growth_metric, GrowthMetric::None);
}

TEST(TierPolicyParams, ChoicesMapToTheRules) {
  auto p = parse(R"({"prerequisite": "high_tech_enterprise", "growth_metric": "cagr", "growth_min_percent": "15",
                     "growth_periods": 3, "revenue_min_wan": "10000", "revenue_min_inclusive": false})");
  EXPECT_EQ(p.prerequisite, TierPrerequisite::HighTechEnterprise);
  EXPECT_EQ(p.growth_metric, GrowthMetric::Cagr);
  EXPECT_EQ(p.growth_periods, 3);
  EXPECT_EQ(*p.revenue_min_wan, Decimal::whole(10000));
  EXPECT_FALSE(p.revenue_min_inclusive);
}

TEST(TierPolicyParams, BadValuesNameTheirField) {
  using E = std::pair<Err, std::string>;
  EXPECT_EQ(error_of(R"({"rd_ratio_min_percent": "100.5"})"), E(Err::FieldInvalid, "parameters.rd_ratio_min_percent"));
  EXPECT_EQ(error_of(R"({"rd_ratio_min_percent": 3.5})"), E(Err::FieldInvalid, "parameters.rd_ratio_min_percent"));
  EXPECT_EQ(error_of(R"({"revenue_min_wan": "-1"})"), E(Err::FieldInvalid, "parameters.revenue_min_wan"));
  EXPECT_EQ(error_of(R"({"min_years_registered": 101})"), E(Err::FieldInvalid, "parameters.min_years_registered"));
  EXPECT_EQ(error_of(R"({"growth_periods": 0})"), E(Err::FieldInvalid, "parameters.growth_periods"));
  EXPECT_EQ(error_of(R"({"prerequisite": "hnte"})"), E(Err::FieldInvalid, "parameters.prerequisite"));
  EXPECT_EQ(error_of(R"({"exclude_serious_dishonesty": "yes"})"), E(Err::FieldInvalid, "parameters.exclude_serious_dishonesty"));
  EXPECT_EQ(error_of(R"({"rd_ratio": "3"})"), E(Err::FieldUnknown, "parameters.rd_ratio"));
  EXPECT_EQ(error_of(R"([])"), E(Err::FieldInvalid, "parameters"));
}

TEST(TierPolicyParams, InconsistentCombinationsAreRefused) {
  using E = std::pair<Err, std::string>;
  EXPECT_EQ(error_of(R"({"min_years_registered": 5, "max_years_registered": 4})"),
            E(Err::FieldInvalid, "parameters.max_years_registered"));
  EXPECT_EQ(error_of(R"({"min_years_registered": 5, "max_years_registered": 5})"), E(Err::Internal, "accepted"));
  EXPECT_EQ(error_of(R"({"revenue_min_wan": "200", "revenue_max_wan": "100"})"), E(Err::FieldInvalid, "parameters.revenue_max_wan"));
  EXPECT_EQ(error_of(R"({"growth_metric": "mean_annual"})"), E(Err::FieldInvalid, "parameters.growth_min_percent"));
  EXPECT_EQ(error_of(R"({"growth_min_percent": "20"})"), E(Err::FieldInvalid, "parameters.growth_metric"));
}

TEST(TierPolicyParams, EverySpecKeyIsWrittenAndLabelled) {
  const auto written = tier_parameters_json(TierPolicy{});
  EXPECT_EQ(written.size(), tier_parameter_specs().size());
  for (const auto& spec : tier_parameter_specs()) {
    EXPECT_TRUE(written.contains(spec.key)) << spec.key;
    EXPECT_FALSE(spec.label.empty()) << spec.key;
    EXPECT_EQ(spec.kind == "choice", !spec.choices.empty()) << spec.key;
  }
}

TEST(TierPolicyParams, TierCodesParse) {
  for (Tier t : all_tiers()) EXPECT_EQ(parse_tier_code(tier_code(t)), t);
  EXPECT_FALSE(parse_tier_code("unicorn"));
}

}  // namespace
}  // namespace kc::cultivation
