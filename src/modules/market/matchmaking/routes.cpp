#include "modules/market/matchmaking/routes.hpp"

namespace kc::market {

void register_matchmaking_routes(api::Api& api, auth::Permissions& perms) {
  register_matchmaking_record_routes(api, perms);
  register_event_routes(api, perms);
}

}  // namespace kc::market
