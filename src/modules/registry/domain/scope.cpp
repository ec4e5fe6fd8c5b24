#include "modules/registry/domain/scope.hpp"

#include "modules/registry/domain/reference_data.hpp"

namespace kc::registry {

OrgScope org_scope_for(const api::Principal& p) {
  using auth::Role;
  OrgScope s;
  switch (p.role) {
    case Role::Admin: s.all = true; break;
    case Role::CityAdmin:
    case Role::CityOfficer:
    case Role::CountyOfficer:
      // Bureau staff without a region (misconfigured) see nothing rather than everything.
      if (!p.region_code.empty()) s.region_prefix = region_scope_prefix(p.region_code);
      break;
    case Role::OrgAdmin:
    case Role::OrgUser: s.org_id = p.org_id; break;
    case Role::Expert: s.assigned_to = p.user_id; break;
  }
  return s;
}

std::vector<db::Value> scope_params(const OrgScope& s) {
  return {std::int64_t{s.all ? 1 : 0}, s.region_prefix, s.org_id.value_or(0), s.assigned_to.value_or(0)};
}

bool org_in_scope(const OrgScope& s, std::int64_t org_id, const std::string& region_code, bool assigned) {
  if (s.all) return true;
  if (!s.region_prefix.empty() && region_code.rfind(s.region_prefix, 0) == 0) return true;
  if (s.org_id && *s.org_id == org_id) return true;
  return s.assigned_to && assigned;
}

}  // namespace kc::registry
