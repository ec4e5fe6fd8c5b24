#include "modules/accounts/domain/user_rules.hpp"

namespace kc::accounts {

using auth::Role;

bool may_manage(const api::Principal& actor, Role target_role, std::optional<std::int64_t> target_org) {
  switch (actor.role) {
    case Role::Admin: return true;
    // The city bureau's administrator runs every account except system administrators.
    case Role::CityAdmin: return target_role != Role::Admin;
    // An organisation's administrator runs the accounts of that organisation only.
    case Role::OrgAdmin:
      return (target_role == Role::OrgAdmin || target_role == Role::OrgUser) && target_org && target_org == actor.org_id;
    default: return false;
  }
}

bool org_kind_fits_role(Role role, std::string_view kind) {
  switch (role) {
    case Role::Admin: return kind.empty();
    case Role::CityAdmin:
    case Role::CityOfficer: return kind == "city_bureau";
    case Role::CountyOfficer: return kind == "county_bureau";
    case Role::OrgAdmin:
    case Role::OrgUser:
      return kind == "enterprise" || kind == "university" || kind == "institute" || kind == "service_provider";
    case Role::Expert: return kind != "city_bureau" && kind != "county_bureau";
  }
  return false;
}

}  // namespace kc::accounts
