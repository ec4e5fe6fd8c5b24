#pragma once
// Named SQL of the registry module. Scoped statements take the scope as $1..$4 (see domain/scope.hpp).
#include "db/db.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::registry::sql {

using db::Query;

#define KC_ORG_COLUMNS                                                                                    \
  "o.id, o.name, o.kind, o.credit_code, o.region_code, o.industry_code, o.address, o.contact_name, "      \
  "o.contact_phone, o.status, o.reject_reason, o.created_at, o.reviewed_at"

inline const Query kOrgInScope{"orgs.get_scoped",
                               "SELECT " KC_ORG_COLUMNS " FROM orgs o WHERE o.id = $5 AND" KC_ORG_SCOPE_PREDICATE};

// Filters: $5 text (name fragment, LIKE-escaped, or exact credit code), $6 kind, $7 status, $8 region prefix,
// $9 industry code; $10 limit, $11 offset.
#define KC_ORG_LIST_WHERE                                                                                      \
  " FROM orgs o WHERE" KC_ORG_SCOPE_PREDICATE                                                                 \
  "AND ($5 = '' OR o.name LIKE '%' || $5 || '%' ESCAPE '\\' OR o.credit_code = $5) AND ($6 = '' OR o.kind = $6) " \
  "AND ($7 = '' OR o.status = $7) AND ($8 = '' OR substr(o.region_code, 1, length($8)) = $8) "                    \
  "AND ($9 = '' OR o.industry_code = $9) "
inline const Query kOrgList{"orgs.list", "SELECT " KC_ORG_COLUMNS KC_ORG_LIST_WHERE "ORDER BY o.id DESC LIMIT $10 OFFSET $11"};
inline const Query kOrgCount{"orgs.count", "SELECT COUNT(*)" KC_ORG_LIST_WHERE "AND $10 >= 0 AND $11 >= 0"};

inline const Query kInsertOrg{
    "orgs.insert",
    "INSERT INTO orgs (name, kind, credit_code, region_code, industry_code, address, contact_name, contact_phone, "
    "status, created_at, reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "RETURNING id"};
inline const Query kCreditCodeExists{"orgs.credit_code_exists", "SELECT 1 FROM orgs WHERE credit_code = $1"};
inline const Query kReview{
    "orgs.review",
    "UPDATE orgs SET status = $2, reject_reason = $3, reviewed_at = $4, reviewed_by = $5 WHERE id = $1 AND status = 'pending'"};
inline const Query kUpdateOrg{
    "orgs.update",
    "UPDATE orgs SET name = $2, region_code = $3, industry_code = $4, address = $5, contact_name = $6, "
    "contact_phone = $7, status = $8 WHERE id = $1"};
inline const Query kOrgKind{"orgs.kind", "SELECT kind, status, region_code FROM orgs WHERE id = $1"};

inline const Query kRegionsByParent{"ref.regions_by_parent",
                                    "SELECT code, name, level FROM ref_regions WHERE parent_code = $1 ORDER BY code"};
inline const Query kProvinces{"ref.provinces",
                              "SELECT code, name, level FROM ref_regions WHERE level = 'province' ORDER BY code"};
inline const Query kIndustries{
    "ref.industries",
    "SELECT code, name, level FROM ref_industries WHERE ($1 = '' OR parent_code = $1) AND ($2 = '' OR name LIKE '%' "
    "|| $2 || '%' OR code = $2) AND ($1 <> '' OR $2 <> '' OR parent_code IS NULL OR parent_code = '') ORDER BY code "
    "LIMIT 200"};

}  // namespace kc::registry::sql
