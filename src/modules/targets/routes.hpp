#pragma once
#include <vector>

#include "api/api.hpp"
#include "db/migrate.hpp"
#include "indicators/indicators.hpp"

namespace kc::targets {
// The module's tables: the ledger's and the in-site notifications'.
std::vector<db::Migration> migrations();
// POST /api/v1/policy-documents/extract {"text"}: what `kechuang extract-targets` prints, for bureau staff;
// the policy documents under review, the ledger, reports, warnings (docs in README.md) and notifications.
// Targets bind to the indicators of `indicators` (filled by the modules at start-up; must outlive the routes).
void register_routes(api::Api& api, auth::Permissions& perms, const indicators::Registry& indicators);
// Owner check for evidence attachments of unit reports (record_type "ledger_report").
void require_report_readable(api::Ctx& ctx, std::int64_t report_id);
}
