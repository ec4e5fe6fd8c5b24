#pragma once
// Named SQL of matchmaking events (对接活动): events, invitations, registrations and outcomes.
#include "db/db.hpp"

namespace kc::market::mm_sql {

using db::Query;

#define KC_EVENT_COLUMNS                                                                                       \
  "e.id, e.title, e.starts_at, e.place, e.online, e.online_url, e.region_code, e.region_prefix, e.description, " \
  "e.status, e.cancel_reason, e.created_at, e.closed_at, "                                                      \
  "(SELECT COUNT(*) FROM market_event_invitations i WHERE i.event_id = e.id), "                                 \
  "(SELECT COUNT(*) FROM market_event_registrations r WHERE r.event_id = e.id), "                               \
  "(SELECT COUNT(*) FROM market_event_outcomes o WHERE o.event_id = e.id)"

// $1 1 = administrator, $2 the bureau's jurisdiction prefix ('' for organisations), $3 the caller's own region,
// $4 an organisation's city prefix ('' for bureau staff): bureau staff see the events in their jurisdiction,
// everyone the events whose region covers their own (a city's events reach its counties), and organisations
// every event in their city (a city university takes part in a county's event).
#define KC_EVENT_SCOPE                                                                     \
  " ($1 = 1 OR ($2 <> '' AND substr(e.region_code, 1, length($2)) = $2) OR "               \
  "($3 <> '' AND substr($3, 1, length(e.region_prefix)) = e.region_prefix) OR "            \
  "($4 <> '' AND substr(e.region_code, 1, length($4)) = $4)) "

inline const Query kInsertEvent{
    "market.ev.insert",
    "INSERT INTO market_events (title, starts_at, place, online, online_url, region_code, region_prefix, "
    "description, status, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'planned', $9, $10) "
    "RETURNING id"};
// $5 id.
inline const Query kEventInScope{"market.ev.scoped",
                                 "SELECT " KC_EVENT_COLUMNS " FROM market_events e WHERE e.id = $5 AND" KC_EVENT_SCOPE};
// $5 state ('' any; planned/held are derived from $6 = now), $7..$8 start-time window, $9 limit, $10 offset.
#define KC_EVENT_LIST_WHERE                                                                                  \
  " FROM market_events e WHERE ($5 = '' OR ($5 = 'planned' AND e.status = 'planned' AND e.starts_at > $6) " \
  "OR ($5 = 'held' AND e.status = 'planned' AND e.starts_at <= $6) OR (($5 = 'closed' OR $5 = 'cancelled') " \
  "AND e.status = $5)) AND e.starts_at >= $7 AND e.starts_at < $8 AND" KC_EVENT_SCOPE
inline const Query kEventList{"market.ev.list", "SELECT " KC_EVENT_COLUMNS KC_EVENT_LIST_WHERE
                                                "ORDER BY e.starts_at DESC, e.id DESC LIMIT $9 OFFSET $10"};
inline const Query kEventCount{"market.ev.count", "SELECT COUNT(*)" KC_EVENT_LIST_WHERE "AND $9 >= 0 AND $10 >= 0"};

inline const Query kSetEventStatus{
    "market.ev.status",
    "UPDATE market_events SET status = $2, cancel_reason = $3, closed_at = $4 WHERE id = $1 AND status = 'planned'"};

inline const Query kPublishedListingBrief{
    "market.ev.listing",
    "SELECT l.id, l.type, l.title, l.org_id, l.created_by FROM market_listings l WHERE l.id = $1 "
    "AND l.status = 'published'"};
inline const Query kInvite{
    "market.ev.invite",
    "INSERT INTO market_event_invitations (event_id, listing_id, invited_at) VALUES ($1, $2, $3) "
    "ON CONFLICT (event_id, listing_id) DO NOTHING"};
inline const Query kInvitations{
    "market.ev.invitations",
    "SELECT i.listing_id, l.type, l.title, l.org_id, l.org_name, i.invited_at FROM market_event_invitations i "
    "JOIN market_listings l ON l.id = i.listing_id WHERE i.event_id = $1 ORDER BY i.invited_at, i.listing_id"};

inline const Query kRegisterForEvent{
    "market.ev.register",
    "INSERT INTO market_event_registrations (event_id, org_id, org_name, listing_id, user_id, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id, org_id) DO NOTHING"};
inline const Query kRegistrations{
    "market.ev.registrations",
    "SELECT r.org_id, r.org_name, r.listing_id, l.type, l.title, r.created_at FROM market_event_registrations r "
    "LEFT JOIN market_listings l ON l.id = r.listing_id WHERE r.event_id = $1 ORDER BY r.created_at, r.org_id"};

inline const Query kInsertOutcome{
    "market.ev.outcome_insert",
    "INSERT INTO market_event_outcomes (event_id, party_a_org_id, party_a_name, party_b_org_id, party_b_name, "
    "demand_id, achievement_id, intended_amount_fen, note, recorded_by, recorded_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"};
inline const Query kOutcomes{
    "market.ev.outcomes",
    "SELECT o.id, o.party_a_org_id, o.party_a_name, o.party_b_org_id, o.party_b_name, o.demand_id, "
    "o.achievement_id, o.intended_amount_fen, o.note, o.recorded_at FROM market_event_outcomes o "
    "WHERE o.event_id = $1 ORDER BY o.id"};

// Events held in [$1, $2) and by $3 (now), not cancelled, with their registrations and signed intentions;
// $4 1 = everything, else region prefix $5.
inline const Query kHeldEventFigures{
    "market.ev.held_figures",
    "SELECT e.region_code, e.starts_at, "
    "(SELECT COUNT(*) FROM market_event_registrations r WHERE r.event_id = e.id), "
    "(SELECT COUNT(*) FROM market_event_outcomes o WHERE o.event_id = e.id), "
    "(SELECT CAST(COALESCE(SUM(o.intended_amount_fen), 0) AS BIGINT) FROM market_event_outcomes o "
    "WHERE o.event_id = e.id) "
    "FROM market_events e WHERE e.status <> 'cancelled' AND e.starts_at >= $1 AND e.starts_at < $2 "
    "AND e.starts_at <= $3 AND ($4 = 1 OR ($5 <> '' AND substr(e.region_code, 1, length($5)) = $5))"};
// $4 region prefix ('' = everywhere).
inline const Query kCountEventsHeld{
    "market.ev.count_held",
    "SELECT COUNT(*) FROM market_events e WHERE e.status <> 'cancelled' AND e.starts_at >= $1 "
    "AND e.starts_at < $2 AND e.starts_at <= $3 AND substr(e.region_code, 1, length($4)) = $4"};

}  // namespace kc::market::mm_sql
