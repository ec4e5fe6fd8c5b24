#pragma once
#include "api/api.hpp"

namespace kc::market {
// Demands and achievements: submission, review, public portal and search. Prepares the search dictionary.
void register_listing_routes(api::Api& api, auth::Permissions& perms);
}
