#pragma once
// Data scope over organisations: which ones a caller may see. Used as an SQL predicate for lists and
// reads (kOrgScopePredicate) and as a check for one record (org_in_scope); deny by default.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "db/db.hpp"

namespace kc::registry {

struct OrgScope {
  bool all = false;                         // system administrators
  std::string region_prefix;                // bureau staff: their city's or county's code prefix
  std::optional<std::int64_t> org_id;       // organisation users: their own
  std::optional<std::int64_t> assigned_to;  // experts: records assigned to them
};

OrgScope org_scope_for(const api::Principal& p);

// Parameters $1..$4 of kOrgScopePredicate.
std::vector<db::Value> scope_params(const OrgScope& s);

// Over table alias `o`; needs parameters $1..$4 from scope_params.
#define KC_ORG_SCOPE_PREDICATE                                                                      \
  " ($1 = 1 OR ($2 <> '' AND substr(o.region_code, 1, length($2)) = $2) OR o.id = $3 OR "           \
  "o.id IN (SELECT record_id FROM record_assignments WHERE user_id = $4 AND record_type = 'org')) "

bool org_in_scope(const OrgScope& s, std::int64_t org_id, const std::string& region_code, bool assigned);

}  // namespace kc::registry
