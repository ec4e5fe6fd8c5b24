#pragma once
#include "api/api.hpp"

namespace kc::cultivation {
// /api/v1/cultivation/monitoring/{counts, counts/export, near-threshold}
void register_monitoring_routes(api::Api& api, auth::Permissions& perms);
}
