#include "modules/cultivation/tier_preview.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"
#include "modules/cultivation/domain/tier_policy_params.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

json::object stamp_json(const EffectiveTierPolicy& e) {
  return {{"tier", tier_code(e.policy.tier)},
          {"tier_name", tier_name(e.policy.tier)},
          {"rule_set", e.policy.version.id},
          {"policy_version_id", e.version_id ? json::value(e.version_id) : json::value(nullptr)},
          {"policy_version", e.version},
          {"policy_source", policy_source_code(e.source)},
          {"basis", e.policy.version.document}};
}

json::object unevaluated(const EffectiveTierPolicy& e, std::string_view why) {
  auto out = stamp_json(e);
  out["qualified"] = false;
  out["checks"] = json::array{json::object{{"key", "input"}, {"pass", false}, {"message", why}}};
  return out;
}

json::object evaluated(const EffectiveTierPolicy& e, const TierInput& in) {
  try {
    auto result = evaluate_tier(e.policy, in);
    auto out = stamp_json(e);
    out["qualified"] = result.qualified;
    json::array checks;
    for (const auto& c : result.checks) checks.push_back(json::object{{"key", c.key}, {"pass", c.pass}, {"message", c.message}});
    out["checks"] = std::move(checks);
    return out;
  } catch (const ApiError& error) {
    return unevaluated(e, error.message_zh());
  }
}

}  // namespace

json::array tier_preview_json(const TierPolicyBook& book, const AssessedAnnualReport& report,
                              const std::string& region_code, CivilDate on) {
  const bool sme_qualifies = report.tech_sme.outcome.rfind("QUALIFIED", 0) == 0;
  json::array out;
  for (Tier tier : all_tiers()) {
    auto policy = book.in_force(tier, region_code, on);
    out.push_back(report.reserve_facts.registration_date
                      ? evaluated(policy, tier_input_of(report.reserve_facts, sme_qualifies, on))
                      : unevaluated(policy, kNoRegistrationDate));
  }
  return out;
}

}  // namespace kc::cultivation
