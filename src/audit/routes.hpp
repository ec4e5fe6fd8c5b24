#pragma once
#include "api/api.hpp"

namespace kc::audit {
// Browsing, filtering, exporting and verifying the audit trail (administrators).
void register_routes(api::Api& api, auth::Permissions& perms);
}
