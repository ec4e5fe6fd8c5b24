#pragma once
#include "api/api.hpp"

namespace kc::market {
// Experts and agencies: /api/v1/market/{experts|agencies}[/{id}[/approve|/reject]] and the public portal's
// /api/v1/public/market/{experts|agencies}[/{id}].
void register_profile_routes(api::Api& api, auth::Permissions& perms);
}
