#pragma once
#include "api/api.hpp"

namespace kc::targets {
// POST /api/v1/policy-documents/extract {"text"}: what `kechuang extract-targets` prints, for bureau staff.
void register_routes(api::Api& api, auth::Permissions& perms);
}
