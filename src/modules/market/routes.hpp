#pragma once
#include "api/api.hpp"

namespace kc::market {
// /api/v1/market/contracts…: filing, listing, registration decisions, statistics; /api/v1/market/tax/…
void register_routes(api::Api& api, auth::Permissions& perms);
}
