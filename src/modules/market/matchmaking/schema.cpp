// Schema of matchmaking: records born of contact requests, and events organised by the bureaus.
#include "modules/market/matchmaking/schema.hpp"

namespace kc::market {

std::vector<db::Migration> matchmaking_migrations() {
  return {
      // One open record (意向/洽谈) per listing and requesting organisation: a repeated contact request
      // returns it instead of piling up duplicates (partial unique index, same syntax on both backends).
      {"market/060_matchmaking_records",
       R"(CREATE TABLE market_matchmaking (
            id {{ID}},
            listing_id BIGINT NOT NULL,
            listing_type TEXT NOT NULL,
            listing_title TEXT NOT NULL,
            owner_org_id BIGINT NOT NULL,
            owner_org_name TEXT NOT NULL,
            owner_region TEXT NOT NULL,
            requester_org_id BIGINT NOT NULL,
            requester_org_name TEXT NOT NULL,
            requester_region TEXT NOT NULL,
            requester_user_id BIGINT NOT NULL,
            message TEXT NOT NULL,
            status TEXT NOT NULL,
            contract_id BIGINT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
          CREATE UNIQUE INDEX market_matchmaking_open ON market_matchmaking (listing_id, requester_org_id)
            WHERE status IN ('intention', 'negotiating');
          CREATE INDEX market_matchmaking_owner ON market_matchmaking (owner_org_id);
          CREATE INDEX market_matchmaking_requester ON market_matchmaking (requester_org_id);
          CREATE TABLE market_matchmaking_history (
            record_id BIGINT NOT NULL,
            seq INTEGER NOT NULL,
            from_status TEXT NOT NULL DEFAULT '',
            to_status TEXT NOT NULL,
            note TEXT NOT NULL,
            user_id BIGINT NOT NULL,
            user_name TEXT NOT NULL,
            at BIGINT NOT NULL,
            PRIMARY KEY (record_id, seq));)"},
      {"market/061_matchmaking_events",
       R"(CREATE TABLE market_events (
            id {{ID}},
            title TEXT NOT NULL,
            starts_at BIGINT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            online INTEGER NOT NULL DEFAULT 0,
            online_url TEXT NOT NULL DEFAULT '',
            region_code TEXT NOT NULL,
            region_prefix TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            cancel_reason TEXT NOT NULL DEFAULT '',
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            closed_at BIGINT);
          CREATE INDEX market_events_region_time ON market_events (region_code, starts_at);
          CREATE TABLE market_event_invitations (
            event_id BIGINT NOT NULL,
            listing_id BIGINT NOT NULL,
            invited_at BIGINT NOT NULL,
            PRIMARY KEY (event_id, listing_id));
          CREATE TABLE market_event_registrations (
            event_id BIGINT NOT NULL,
            org_id BIGINT NOT NULL,
            org_name TEXT NOT NULL,
            listing_id BIGINT,
            user_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (event_id, org_id));
          CREATE TABLE market_event_outcomes (
            id {{ID}},
            event_id BIGINT NOT NULL,
            party_a_org_id BIGINT NOT NULL,
            party_a_name TEXT NOT NULL,
            party_b_org_id BIGINT NOT NULL,
            party_b_name TEXT NOT NULL,
            demand_id BIGINT,
            achievement_id BIGINT,
            intended_amount_fen BIGINT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_by BIGINT NOT NULL,
            recorded_at BIGINT NOT NULL);
          CREATE INDEX market_event_outcomes_event ON market_event_outcomes (event_id);)"},
  };
}

}  // namespace kc::market
