#pragma once
// Annual reports (企业年报): saving with the live assessment, reading, listing within the caller's data
// scope, and the public 公示 list. The review transitions are in transitions.cpp.
#include <boost/json/object.hpp>

#include "api/api.hpp"
#include "db/db.hpp"

namespace kc::cultivation {

// The report as KC_REPORT_COLUMNS if the caller's scope includes its organisation; otherwise 404.
db::Row report_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
// `detail`: also the stored inputs and assessment results.
boost::json::object report_json(const db::Row& row, bool detail);

void register_report_routes(api::Api& api, auth::Permissions& perms);
void register_transition_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
