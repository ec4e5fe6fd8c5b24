#pragma once
// Named SQL of demands and achievements. Scoped statements take the registry's scope parameters as $1..$4.
#include "db/db.hpp"

namespace kc::market::sql {

using db::Query;

#define KC_LISTING_COLUMNS                                                                                      \
  "l.id, l.type, l.org_id, l.org_name, l.title, l.body, l.keywords, l.hightech_field, l.industry_code, "        \
  "l.region_code, l.mode, l.budget_min_fen, l.budget_max_fen, l.deadline, l.maturity, l.patents, l.price_fen, " \
  "l.contact_name, l.contact_phone, l.external_id, l.status, l.reject_reason, l.created_at, l.reviewed_at, l.team"

// Bureau staff: listings of organisations in their jurisdiction; organisations: their own.
#define KC_LISTING_SCOPE                                                                               \
  " ($1 = 1 OR ($2 <> '' AND substr(l.org_region, 1, length($2)) = $2) OR l.org_id = $3 OR "          \
  "l.id IN (SELECT record_id FROM record_assignments WHERE user_id = $4 AND record_type = 'market_listing')) "

inline const Query kListingOrg{"market.listing_org", "SELECT name, region_code FROM orgs WHERE id = $1"};
inline const Query kInsertListing{
    "market.listing_insert",
    "INSERT INTO market_listings (type, org_id, org_name, org_region, title, body, keywords, hightech_field, "
    "industry_code, region_code, mode, budget_min_fen, budget_max_fen, deadline, maturity, patents, price_fen, team, "
    "contact_name, contact_phone, external_id, status, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, "
    "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'pending', $22, $23) RETURNING id"};

// $5 type, $6 id.
inline const Query kListingInScope{
    "market.listing_scoped",
    "SELECT " KC_LISTING_COLUMNS " FROM market_listings l WHERE l.type = $5 AND l.id = $6 AND" KC_LISTING_SCOPE};
// $5 type, $6 status ('' any); $7 limit, $8 offset.
#define KC_LISTING_LIST_WHERE \
  " FROM market_listings l WHERE l.type = $5 AND ($6 = '' OR l.status = $6) AND" KC_LISTING_SCOPE
inline const Query kListingList{
    "market.listing_list", "SELECT " KC_LISTING_COLUMNS KC_LISTING_LIST_WHERE "ORDER BY l.id DESC LIMIT $7 OFFSET $8"};
inline const Query kListingCount{"market.listing_count",
                                 "SELECT COUNT(*)" KC_LISTING_LIST_WHERE "AND $7 >= 0 AND $8 >= 0"};

inline const Query kReviewListing{
    "market.listing_review",
    "UPDATE market_listings SET status = $2, reject_reason = $3, reviewed_at = $4, reviewed_by = $5 "
    "WHERE id = $1 AND status = 'pending'"};

// Public: published only. $1 type, $2 id.
inline const Query kPublishedListing{
    "market.listing_published",
    "SELECT " KC_LISTING_COLUMNS " FROM market_listings l WHERE l.type = $1 AND l.id = $2 AND l.status = 'published'"};
// $1 type; $2 limit, $3 offset.
inline const Query kPublishedList{"market.listing_published_list",
                                  "SELECT " KC_LISTING_COLUMNS " FROM market_listings l WHERE l.type = $1 AND "
                                  "l.status = 'published' ORDER BY l.id DESC LIMIT $2 OFFSET $3"};
inline const Query kPublishedCount{
    "market.listing_published_count",
    "SELECT COUNT(*) FROM market_listings l WHERE l.type = $1 AND l.status = 'published' AND $2 >= 0 AND $3 >= 0"};

}  // namespace kc::market::sql
