#pragma once
// Progress reports of the responsible unit for items not bound to a metric, and the bureau's review.
#include <boost/json/array.hpp>

#include "api/api.hpp"

namespace kc::targets::ledger {

boost::json::array reports_json(db::Connection& c, std::int64_t item_id);

// POST /api/v1/ledger/items/{id}/reports {"period", "progress"?, "narrative"} → 201 report (evidence files:
//   POST /api/v1/attachments?record_type=ledger_report&record_id=…);
// POST /api/v1/ledger/reports/{id}/accept {}, POST /api/v1/ledger/reports/{id}/return {"reason"}.
void register_report_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::targets::ledger
