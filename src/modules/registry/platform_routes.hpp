#pragma once
// HTTP routes of innovation platforms (创新平台): /api/v1/platforms…
#include "api/api.hpp"
#include "auth/roles.hpp"

namespace kc::registry {
// Called from registry::register_routes.
void register_platform_routes(api::Api& api, auth::Permissions& perms);
}  // namespace kc::registry
