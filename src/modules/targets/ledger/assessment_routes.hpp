#pragma once
// Year-end assessment (年终考核): the scheme of weights (set by the city bureau, versioned per year) and
// the scores of responsible units and counties with their breakdown, ranked; Excel export.
//
// GET  /api/v1/ledger/assessment/scheme?year=        → the latest version (version 0: the default)
// GET  /api/v1/ledger/assessment/schemes?year=       → {"items": [every saved version, newest first]}
// POST /api/v1/ledger/assessment/schemes {year, …}   → 201, a new version (admin, city_admin)
// GET  /api/v1/ledger/assessment?year=&version=      → {"year", "scheme", "generated_at", "units", "regions"}
// GET  /api/v1/ledger/assessment/export?year=&version=&by=unit|region → .xlsx
#include "api/api.hpp"

namespace kc::targets::ledger {
void register_assessment_routes(api::Api& api, auth::Permissions& perms);
}
