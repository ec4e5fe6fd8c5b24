#pragma once
// Named SQL of matching (similar records, stored matches). Listing rows are KC_LISTING_COLUMNS (0..24) followed by
// the stored search tokens (25..27).
#include "db/db.hpp"
#include "modules/market/listing_repository.hpp"

namespace kc::market::sql {

// $1 type, $2 id.
inline const Query kPublishedWithTokens{
    "market.match_candidate",
    "SELECT " KC_LISTING_COLUMNS ", l.tok_title, l.tok_keywords, l.tok_body FROM market_listings l "
    "WHERE l.type = $1 AND l.id = $2 AND l.status = 'published'"};

inline const Query kMatchOrg{
    "market.match_org",
    "SELECT id, name, kind, region_code, industry_code FROM orgs WHERE id = $1 AND status = 'approved'"};

// Enterprises of one GB/T 4754 大类 ($3) whose region code lies in [$1, $2) (a city's code range, so the region
// index bounds the work), first by id.
inline const Query kNearbyEnterprises{
    "market.match_nearby_enterprises",
    "SELECT id FROM orgs WHERE region_code >= $1 AND region_code < $2 AND kind = 'enterprise' AND "
    "status = 'approved' AND substr(industry_code, 1, 2) = $3 ORDER BY id LIMIT $4"};

// The cultivation module's 高新技术后备企业库 (reserve pool): an active member is one cultivation tier.
inline const Query kInReservePool{
    "market.match_reserve_pool", "SELECT 1 FROM cultivation_reserve_pool WHERE org_id = $1 AND status = 'active'"};

inline const Query kOrgUsers{"market.match_org_users",
                             "SELECT id FROM users WHERE org_id = $1 AND status = 'active' ORDER BY id"};

inline const Query kInsertMatch{
    "market.match_insert",
    "INSERT INTO market_matches (record_type, record_id, match_type, match_id, score_milli, reasons, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_type, record_id, match_type, match_id) DO NOTHING"};

// Matches where the listing ($1 type, $2 id) is either side, newest first; $3 limit, $4 offset.
#define KC_MATCHES_OF_RECORD \
  " FROM market_matches m WHERE ((m.record_type = $1 AND m.record_id = $2) OR (m.match_type = $1 AND m.match_id = $2))"
inline const Query kMatchesOfRecord{
    "market.matches_of_record",
    "SELECT m.id, m.record_type, m.record_id, m.match_type, m.match_id, m.score_milli, m.reasons, m.created_at"
    KC_MATCHES_OF_RECORD " ORDER BY m.id DESC LIMIT $3 OFFSET $4"};
inline const Query kMatchesOfRecordCount{"market.matches_of_record_count",
                                         "SELECT COUNT(*)" KC_MATCHES_OF_RECORD " AND $3 >= 0 AND $4 >= 0"};

}  // namespace kc::market::sql
