#include "modules/registry/domain/scope.hpp"

#include <gtest/gtest.h>

namespace kc::registry {

api::Principal principal(auth::Role role, std::string region, std::optional<std::int64_t> org = std::nullopt) {
  api::Principal p;
  p.user_id = 9;
  p.role = role;
  p.region_code = std::move(region);
  p.org_id = org;
  return p;
}

TEST(OrgScope, CountyOfficerSeesOnlyTheCounty) {
  auto s = org_scope_for(principal(auth::Role::CountyOfficer, "410421", 3));
  EXPECT_TRUE(org_in_scope(s, 100, "410421", false));
  EXPECT_FALSE(org_in_scope(s, 101, "410422", false));
  EXPECT_FALSE(org_in_scope(s, 3, "410400", false)) << "not even its own bureau's city-level records";
}

TEST(OrgScope, CityStaffSeeTheirCity) {
  auto s = org_scope_for(principal(auth::Role::CityOfficer, "410400", 1));
  EXPECT_TRUE(org_in_scope(s, 5, "410422", false));
  EXPECT_FALSE(org_in_scope(s, 6, "410102", false));
}

TEST(OrgScope, OrganisationUsersSeeTheirOwnOnly) {
  auto s = org_scope_for(principal(auth::Role::OrgUser, "410421", 77));
  EXPECT_TRUE(org_in_scope(s, 77, "410421", false));
  EXPECT_FALSE(org_in_scope(s, 78, "410421", false));
}

TEST(OrgScope, ExpertsSeeAssignedOnlyAndMisconfiguredBureauSeesNothing) {
  auto e = org_scope_for(principal(auth::Role::Expert, "410421"));
  EXPECT_FALSE(org_in_scope(e, 1, "410421", false));
  EXPECT_TRUE(org_in_scope(e, 1, "410421", true));
  auto broken = org_scope_for(principal(auth::Role::CountyOfficer, ""));
  EXPECT_FALSE(org_in_scope(broken, 1, "410421", false));
  EXPECT_TRUE(org_in_scope(org_scope_for(principal(auth::Role::Admin, "")), 1, "999999", false));
}

}  // namespace kc::registry
