#pragma once
// Warnings of the ledger (overdue reports, targets at risk), the dashboard, and sending them as in-site
// notifications to the responsible units.
#include "api/api.hpp"

namespace kc::targets::ledger {

// GET /api/v1/ledger/warnings → {"overdue": [...], "at_risk": [...]};
// GET /api/v1/ledger/dashboard → {"totals": {...}, "overdue": [...], "at_risk": [...]};
// POST /api/v1/ledger/warnings/notify {} → {"sent": N} (each warning once per recipient).
void register_warning_routes(api::Api& api, auth::Permissions& perms);

struct LedgerScope;
// Sends every warning of the items in `scope` at `now` as in-site notifications (each once per recipient:
// the dedupe keys make a second sweep of the same period send nothing). Returns how many were sent. The
// caller owns the transaction. Used by the notify route and by the daily scheduled sweep.
std::int64_t send_warning_notices(db::Connection& c, const LedgerScope& scope, EpochMs now);

}  // namespace kc::targets::ledger
