#pragma once
#include "api/api.hpp"

namespace kc::market {
// GET /api/v1/market/{demands|achievements}/{id}/similar, GET /api/v1/market/matches.
void register_matching_routes(api::Api& api, auth::Permissions& perms);
}  // namespace kc::market
