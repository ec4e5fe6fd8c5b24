#pragma once
// Tier policies per region, versioned (cultivation_tier_policies): loading the versions, the policy in force for
// an enterprise's region on a date (domain/tier_policy_resolution), and the routes a city administrator uses
// to read and publish versions.
#include <map>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "modules/cultivation/domain/tier_policy_resolution.hpp"

namespace kc::cultivation {

// The UTC calendar date of an instant (evaluation dates come from the injected clock).
CivilDate civil_date_of(EpochMs ms);

// The region and, for a county, its city: the order in which policies are looked up.
std::vector<std::string> policy_region_chain(const std::string& region_code);

// Every published version, loaded once (a small table), and the policy in force per tier and region.
class TierPolicyBook {
 public:
  static TierPolicyBook load(db::Connection& c);
  EffectiveTierPolicy in_force(Tier tier, const std::string& region_code, CivilDate on) const;
  const std::vector<TierPolicyVersion>& versions() const { return versions_; }

 private:
  std::vector<TierPolicyVersion> versions_;
};

// GET /api/v1/cultivation/tier-policies, GET …/{tier}/versions, POST …/{tier}
void register_tier_policy_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
