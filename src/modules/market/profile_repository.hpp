#pragma once
// Named SQL of expert and agency profiles. Scoped statements take $1 all, $2 region prefix, $3 organisation:
// bureau staff see profiles in their region, organisations the profiles they submitted or that link them.
#include "db/db.hpp"

namespace kc::market::sql {

#define KC_PROFILE_COLUMNS                                                                                      \
  "p.id, p.kind, p.name, p.org_id, p.org_name, p.professional_title, p.fields, p.industries, p.keywords, "      \
  "p.summary, p.region_code, p.contact_name, p.contact_phone, p.contact_email, p.external_id, p.owner_org_id, " \
  "p.status, p.reject_reason, p.created_at, p.reviewed_at"

#define KC_PROFILE_SCOPE \
  " ($1 = 1 OR ($2 <> '' AND substr(p.region_code, 1, length($2)) = $2) OR p.owner_org_id = $3 OR p.org_id = $3) "

inline const db::Query kProfileOrg{"market.profile_org", "SELECT name, region_code FROM orgs WHERE id = $1"};
inline const db::Query kInsertProfile{
    "market.profile_insert",
    "INSERT INTO market_profiles (kind, name, org_id, org_name, professional_title, fields, industries, keywords, "
    "summary, region_code, contact_name, contact_phone, contact_email, external_id, owner_org_id, status, "
    "created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'pending', "
    "$16, $17) RETURNING id"};

// $4 kind, $5 id.
inline const db::Query kProfileInScope{
    "market.profile_scoped",
    "SELECT " KC_PROFILE_COLUMNS " FROM market_profiles p WHERE p.kind = $4 AND p.id = $5 AND" KC_PROFILE_SCOPE};
// $4 kind, $5 status ('' any); $6 limit, $7 offset.
#define KC_PROFILE_LIST_WHERE \
  " FROM market_profiles p WHERE p.kind = $4 AND ($5 = '' OR p.status = $5) AND" KC_PROFILE_SCOPE
inline const db::Query kProfileList{
    "market.profile_list", "SELECT " KC_PROFILE_COLUMNS KC_PROFILE_LIST_WHERE "ORDER BY p.id DESC LIMIT $6 OFFSET $7"};
inline const db::Query kProfileCount{"market.profile_count",
                                     "SELECT COUNT(*)" KC_PROFILE_LIST_WHERE "AND $6 >= 0 AND $7 >= 0"};

inline const db::Query kReviewProfile{
    "market.profile_review",
    "UPDATE market_profiles SET status = $2, reject_reason = $3, reviewed_at = $4, reviewed_by = $5 "
    "WHERE id = $1 AND status = 'pending'"};

// Public: published only. $1 kind, $2 id.
inline const db::Query kPublishedProfile{
    "market.profile_published",
    "SELECT " KC_PROFILE_COLUMNS " FROM market_profiles p WHERE p.kind = $1 AND p.id = $2 AND p.status = 'published'"};
// $1 kind; $2 limit, $3 offset.
inline const db::Query kPublishedProfiles{
    "market.profile_published_list", "SELECT " KC_PROFILE_COLUMNS " FROM market_profiles p WHERE p.kind = $1 AND "
                                     "p.status = 'published' ORDER BY p.id DESC LIMIT $2 OFFSET $3"};
inline const db::Query kPublishedProfileCount{
    "market.profile_published_count",
    "SELECT COUNT(*) FROM market_profiles p WHERE p.kind = $1 AND p.status = 'published' AND $2 >= 0 AND $3 >= 0"};

}  // namespace kc::market::sql
