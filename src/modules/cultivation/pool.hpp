#pragma once
#include "api/api.hpp"

namespace kc::cultivation {
// /api/v1/cultivation/reserve-pool: the 高企 reserve pool (高新技术后备企业库).
void register_pool_routes(api::Api& api, auth::Permissions& perms);
}
