#pragma once
#include "api/api.hpp"
#include "modules/accounts/sessions.hpp"

namespace kc::accounts {
void register_routes(api::Api& api, auth::Permissions& perms, SessionStore& sessions);
}
