#pragma once
// Named SQL of matchmaking records (对接记录) and their status history. Its own namespace: an inline variable
// of the same name in kc::market::sql would silently merge with this one (one definition rule).
#include "db/db.hpp"

namespace kc::market::mm_sql {

using db::Query;

#define KC_MATCH_COLUMNS                                                                                      \
  "m.id, m.listing_id, m.listing_type, m.listing_title, m.owner_org_id, m.owner_org_name, m.owner_region, "   \
  "m.requester_org_id, m.requester_org_name, m.requester_region, m.message, m.status, m.contract_id, "        \
  "m.created_at, m.updated_at"

// $1..$4 from registry::scope_params: administrators all; bureau staff records where either party is in their
// jurisdiction; organisations the records they are a party to. Experts ($4) see none: "$4 >= 0" only types it.
#define KC_MATCH_SCOPE                                                                                          \
  " ($1 = 1 OR ($2 <> '' AND (substr(m.owner_region, 1, length($2)) = $2 OR "                               \
  "substr(m.requester_region, 1, length($2)) = $2)) OR m.owner_org_id = $3 OR m.requester_org_id = $3) "    \
  "AND $4 >= 0 "

// A published listing with what a contact request needs. $1 type, $2 id.
inline const Query kContactListing{
    "market.mm.contact_listing",
    "SELECT l.id, l.type, l.title, l.org_id, l.org_name, l.org_region, l.contact_name, l.contact_phone, "
    "l.created_by FROM market_listings l WHERE l.type = $1 AND l.id = $2 AND l.status = 'published'"};
inline const Query kOrgOf{"market.mm.org", "SELECT name, region_code FROM orgs WHERE id = $1"};

inline const Query kOpenMatch{
    "market.mm.open",
    "SELECT id FROM market_matchmaking WHERE listing_id = $1 AND requester_org_id = $2 "
    "AND status IN ('intention', 'negotiating')"};
inline const Query kInsertMatch{
    "market.mm.insert",
    "INSERT INTO market_matchmaking (listing_id, listing_type, listing_title, owner_org_id, owner_org_name, "
    "owner_region, requester_org_id, requester_org_name, requester_region, requester_user_id, message, status, "
    "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'intention', $12, $12) "
    "RETURNING id"};
// $1 record, $2 from ('' for the first entry), $3 to, $4 note, $5 user id, $6 user name, $7 time.
inline const Query kInsertHistory{
    "market.mm.history_insert",
    "INSERT INTO market_matchmaking_history (record_id, seq, from_status, to_status, note, user_id, user_name, at) "
    "VALUES ($1, (SELECT COALESCE(MAX(h.seq), 0) + 1 FROM market_matchmaking_history h WHERE h.record_id = $1), "
    "$2, $3, $4, $5, $6, $7)"};
inline const Query kHistory{
    "market.mm.history",
    "SELECT seq, from_status, to_status, note, user_id, user_name, at FROM market_matchmaking_history "
    "WHERE record_id = $1 ORDER BY seq"};

// $5 id.
inline const Query kMatchInScope{
    "market.mm.scoped", "SELECT " KC_MATCH_COLUMNS " FROM market_matchmaking m WHERE m.id = $5 AND" KC_MATCH_SCOPE};
// $5 status ('' any), $6 role: '' any, 'owner' records on my listings, 'requester' my requests ($3 = my org);
// $7 limit, $8 offset.
#define KC_MATCH_LIST_WHERE                                                                                    \
  " FROM market_matchmaking m WHERE ($5 = '' OR m.status = $5) AND ($6 = '' OR ($6 = 'owner' AND "            \
  "m.owner_org_id = $3) OR ($6 = 'requester' AND m.requester_org_id = $3)) AND" KC_MATCH_SCOPE
inline const Query kMatchList{"market.mm.list",
                              "SELECT " KC_MATCH_COLUMNS KC_MATCH_LIST_WHERE "ORDER BY m.id DESC LIMIT $7 OFFSET $8"};
inline const Query kMatchCount{"market.mm.count", "SELECT COUNT(*)" KC_MATCH_LIST_WHERE "AND $7 >= 0 AND $8 >= 0"};

// Guarded by the status read in the same transaction: a concurrent change makes it update nothing.
inline const Query kUpdateMatchStatus{
    "market.mm.status",
    "UPDATE market_matchmaking SET status = $2, updated_at = $3 WHERE id = $1 AND status = $4"};
inline const Query kLinkContract{"market.mm.link_contract",
                                 "UPDATE market_matchmaking SET contract_id = $2, updated_at = $3 WHERE id = $1"};

}  // namespace kc::market::mm_sql
