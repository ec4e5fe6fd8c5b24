#pragma once
#include "api/api.hpp"

namespace kc::market {
// GET /api/v1/market/search and GET /api/v1/market/suggest (public): all four search targets.
void register_search_routes(api::Api& api);
}
