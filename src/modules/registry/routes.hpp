#pragma once
#include <functional>

#include "api/api.hpp"

namespace kc::registry {
// `on_change` is told when an organisation's review state changes (cached sessions depend on it).
void register_routes(api::Api& api, auth::Permissions& perms, std::function<void()> on_change);
}
