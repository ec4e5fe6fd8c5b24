#pragma once
// Matchmaking (对接): contact requests and records, and matchmaking events with their quarterly statistics.
#include "api/api.hpp"

namespace kc::market {

// POST /api/v1/market/{demands|achievements}/{id}/contact; /api/v1/market/matchmaking…
void register_matchmaking_record_routes(api::Api& api, auth::Permissions& perms);
// /api/v1/market/events…
void register_event_routes(api::Api& api, auth::Permissions& perms);

// Both of the above: the one call the composition root makes.
void register_matchmaking_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::market
