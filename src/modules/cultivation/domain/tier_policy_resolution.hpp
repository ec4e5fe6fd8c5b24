#pragma once
// Which tier policy applies to an enterprise on a date. A city administrator publishes versions per tier
// and region (a city, or one of its counties); a version is never edited, a new one is published. The
// policy in force for region R on date D is, in this order:
//   1. R's own version with the latest effective_from ≤ D (the highest version number on the same date);
//   2. the same among the versions of R's city;
//   3. the documented default of tier_rules (default_tier_policies).
// Pure: the caller loads the versions and gives the region chain (the region, then its city).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

struct TierPolicyVersion {
  std::int64_t id = 0;
  std::string region_code;
  int version = 0;  // 1, 2, … per tier and region
  CivilDate effective_from;
  TierPolicy policy;  // parameters, with `version` stamped by stamp_tier_policy()
};

enum class PolicySource { Region, City, Default };
std::string_view policy_source_code(PolicySource s);  // "region" | "city" | "default"
std::string_view policy_source_name(PolicySource s);  // 本地区版本 | 所属市版本 | 平台默认值

struct EffectiveTierPolicy {
  TierPolicy policy;
  PolicySource source = PolicySource::Default;
  std::int64_t version_id = 0;  // 0 for the default
  int version = 0;              // 0 for the default
};

// Fills policy.version: id "{region}.tier.{tier}.v{n}", the issuing document, effective_from and region.
void stamp_tier_policy(TierPolicyVersion& v, std::string basis);

// `region_chain`: the enterprise's region code first, then its city's (if any). `versions` may hold any tiers
// and regions; those of other tiers and regions are ignored.
EffectiveTierPolicy resolve_tier_policy(Tier tier, const std::vector<std::string>& region_chain, CivilDate on,
                                        const std::vector<TierPolicyVersion>& versions);

// The documented default of `tier` for a region.
TierPolicy default_tier_policy(Tier tier, std::string_view region_code);

}  // namespace kc::cultivation
