#pragma once
// The ledger: targets and tasks with their responsible unit, partners, deadline, reporting cycle and
// (for targets) a live metric binding; progress and status of each item.
#include <boost/json/object.hpp>

#include <optional>

#include "api/api.hpp"
#include "modules/targets/ledger/progress.hpp"

namespace kc::targets::ledger {

// A confirmed policy item (a row of sql::kItemInScope) enters the ledger: a target keeps its indicator,
// value, unit and year; a task keeps its lead units (as a free-text responsible unit) and partners.
// Period: the document's year (or the target year, whichever is earlier) to the end of the target year.
std::int64_t create_ledger_item(api::Ctx& ctx, db::Connection& c, const db::Row& policy_item);

// A ledger row (KC_LEDGER_COLUMNS) with progress (bound items: the metric's value now; others: the
// progress of the latest accepted report), elapsed share and risk at `now`.
boost::json::object ledger_item_json(ProgressSource& progress, const db::Row& item, EpochMs now);

// GET /api/v1/ledger/items?kind=&document_id=, GET/PATCH /api/v1/ledger/items/{id}, GET /api/v1/ledger/metrics.
void register_ledger_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::targets::ledger
