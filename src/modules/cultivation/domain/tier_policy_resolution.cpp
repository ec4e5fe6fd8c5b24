#include "modules/cultivation/domain/tier_policy_resolution.hpp"

#include <stdexcept>

namespace kc::cultivation {

namespace {

// The version of `region` in force on `on`: latest effective_from, then the highest number.
const TierPolicyVersion* in_force(Tier tier, std::string_view region, CivilDate on,
                                  const std::vector<TierPolicyVersion>& versions) {
  const TierPolicyVersion* best = nullptr;
  for (const auto& v : versions) {
    if (v.policy.tier != tier || v.region_code != region || on.days_since(v.effective_from) < 0) continue;
    const long later = best ? v.effective_from.days_since(best->effective_from) : 1;
    if (!best || later > 0 || (later == 0 && v.version > best->version)) best = &v;
  }
  return best;
}

}  // namespace

std::string_view policy_source_code(PolicySource s) {
  switch (s) {
    case PolicySource::Region: return "region";
    case PolicySource::City: return "city";
    case PolicySource::Default: return "default";
  }
  return "";
}

std::string_view policy_source_name(PolicySource s) {
  switch (s) {
    case PolicySource::Region: return "本地区版本";
    case PolicySource::City: return "所属市版本";
    case PolicySource::Default: return "平台默认值";
  }
  return "";
}

void stamp_tier_policy(TierPolicyVersion& v, std::string basis) {
  v.policy.version = {v.region_code + ".tier." + std::string(tier_code(v.policy.tier)) + ".v" + std::to_string(v.version),
                      std::move(basis), v.effective_from.to_string(), v.region_code};
}

TierPolicy default_tier_policy(Tier tier, std::string_view region_code) {
  for (auto& p : default_tier_policies(region_code))
    if (p.tier == tier) return p;
  throw std::logic_error("tier without a default policy");
}

EffectiveTierPolicy resolve_tier_policy(Tier tier, const std::vector<std::string>& region_chain, CivilDate on,
                                        const std::vector<TierPolicyVersion>& versions) {
  for (std::size_t i = 0; i < region_chain.size(); ++i) {
    if (const auto* v = in_force(tier, region_chain[i], on, versions))
      return {v->policy, i == 0 ? PolicySource::Region : PolicySource::City, v->id, v->version};
  }
  return {default_tier_policy(tier, region_chain.empty() ? std::string_view() : region_chain.front()),
          PolicySource::Default, 0, 0};
}

}  // namespace kc::cultivation
