#pragma once
// Warnings of the ledger (overdue reports, targets at risk), the dashboard, and sending them as in-site
// notifications to the responsible units.
#include "api/api.hpp"

namespace kc::targets::ledger {

// GET /api/v1/ledger/warnings → {"overdue": [...], "at_risk": [...]};
// GET /api/v1/ledger/dashboard → {"totals": {...}, "overdue": [...], "at_risk": [...]};
// POST /api/v1/ledger/warnings/notify {} → {"sent": N} (each warning once per recipient).
void register_warning_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::targets::ledger
