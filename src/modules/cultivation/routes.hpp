#pragma once
#include "api/api.hpp"

namespace kc::cultivation {
// The annual-report workflow under /api/v1/cultivation/ (reports, transitions, settings, 公示) and
// POST /api/v1/assessments/{tech-sme|high-tech}/preview: the assessment contract over HTTP, for any logged-in user.
void register_routes(api::Api& api, auth::Permissions& perms);
}
