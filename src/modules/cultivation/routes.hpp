#pragma once
#include "api/api.hpp"

namespace kc::cultivation {
// POST /api/v1/assessments/{tech-sme|high-tech}/preview: the assessment contract over HTTP, for any logged-in user.
void register_routes(api::Api& api, auth::Permissions& perms);
}
