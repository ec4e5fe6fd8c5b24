#pragma once
// Named SQL of innovation platforms. In its own namespace: an inline Query of the same name in
// registry::sql would be silently merged with one of these by the linker. Scoped statements reuse the
// organisations' scope predicate over the host organisation (alias o) with the scope as $1..$4.
#include "db/db.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::registry::platform_sql {

using db::Query;

#define KC_PLATFORM_COLUMNS                                                                              \
  "p.id, p.name, p.type, p.level, p.host_org_id, o.name, o.region_code, p.recognised_on, p.document_no, " \
  "p.field_code, p.contact_name, p.contact_phone, p.status, p.revoked_on, p.revoke_reason, p.created_at, p.updated_at"
#define KC_PLATFORM_FROM " FROM platforms p JOIN orgs o ON o.id = p.host_org_id WHERE" KC_ORG_SCOPE_PREDICATE

inline const Query kGetScoped{"platforms.get_scoped", "SELECT " KC_PLATFORM_COLUMNS KC_PLATFORM_FROM "AND p.id = $5"};

// Filters: $5 name fragment (LIKE-escaped), $6 type, $7 level, $8 status, $9 region prefix, $10 host org id
// (0 = any); $11 limit, $12 offset.
#define KC_PLATFORM_LIST_WHERE                                                                                    \
  KC_PLATFORM_FROM "AND ($5 = '' OR p.name LIKE '%' || $5 || '%' ESCAPE '\\') AND ($6 = '' OR p.type = $6) "      \
  "AND ($7 = '' OR p.level = $7) AND ($8 = '' OR p.status = $8) "                                                  \
  "AND ($9 = '' OR substr(o.region_code, 1, length($9)) = $9) AND ($10 = 0 OR p.host_org_id = $10) "
inline const Query kList{"platforms.list",
                         "SELECT " KC_PLATFORM_COLUMNS KC_PLATFORM_LIST_WHERE "ORDER BY p.id DESC LIMIT $11 OFFSET $12"};
inline const Query kCount{"platforms.count", "SELECT COUNT(*)" KC_PLATFORM_LIST_WHERE "AND $11 >= 0 AND $12 >= 0"};

inline const Query kInsert{
    "platforms.insert",
    "INSERT INTO platforms (name, type, level, host_org_id, recognised_on, document_no, field_code, contact_name, "
    "contact_phone, status, created_at, updated_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) "
    "RETURNING id"};
inline const Query kUpdate{
    "platforms.update",
    "UPDATE platforms SET name = $2, type = $3, level = $4, host_org_id = $5, recognised_on = $6, document_no = $7, "
    "field_code = $8, contact_name = $9, contact_phone = $10, status = $11, updated_at = $12 WHERE id = $1"};
inline const Query kRevoke{
    "platforms.revoke",
    "UPDATE platforms SET status = 'revoked', revoked_on = $2, revoke_reason = $3, updated_at = $4 "
    "WHERE id = $1 AND status = 'recognised'"};

}  // namespace kc::registry::platform_sql
