#include "modules/accounts/domain/user_rules.hpp"

#include <gtest/gtest.h>

namespace kc::accounts {

using auth::Role;

api::Principal actor(Role r, std::optional<std::int64_t> org = std::nullopt) {
  api::Principal p;
  p.role = r;
  p.org_id = org;
  return p;
}

TEST(UserRules, WhoManagesWhom) {
  EXPECT_TRUE(may_manage(actor(Role::Admin), Role::Admin, std::nullopt));
  EXPECT_FALSE(may_manage(actor(Role::CityAdmin, 1), Role::Admin, std::nullopt));
  EXPECT_TRUE(may_manage(actor(Role::CityAdmin, 1), Role::CountyOfficer, 2));
  EXPECT_TRUE(may_manage(actor(Role::OrgAdmin, 5), Role::OrgUser, 5));
  EXPECT_FALSE(may_manage(actor(Role::OrgAdmin, 5), Role::OrgUser, 6));
  EXPECT_FALSE(may_manage(actor(Role::OrgAdmin, 5), Role::CountyOfficer, 5));
  EXPECT_FALSE(may_manage(actor(Role::CountyOfficer, 2), Role::OrgUser, 5));
}

TEST(UserRules, RolesBelongToFittingOrganisations) {
  EXPECT_TRUE(org_kind_fits_role(Role::CountyOfficer, "county_bureau"));
  EXPECT_FALSE(org_kind_fits_role(Role::CountyOfficer, "city_bureau"));
  EXPECT_TRUE(org_kind_fits_role(Role::OrgUser, "university"));
  EXPECT_FALSE(org_kind_fits_role(Role::OrgUser, "county_bureau"));
  EXPECT_TRUE(org_kind_fits_role(Role::Admin, ""));
  EXPECT_TRUE(org_kind_fits_role(Role::Expert, ""));
}

}  // namespace kc::accounts
