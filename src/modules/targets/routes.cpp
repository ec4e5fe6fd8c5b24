#include "modules/targets/routes.hpp"

#include "core/json_writer.hpp"
#include "http/json_body.hpp"
#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/json_output.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/assessment_routes.hpp"
#include "modules/targets/ledger/documents.hpp"
#include "modules/targets/ledger/ledger_items.hpp"
#include "modules/targets/ledger/metrics.hpp"
#include "modules/targets/ledger/outputs.hpp"
#include "modules/targets/ledger/reports.hpp"
#include "modules/targets/ledger/schema.hpp"
#include "modules/targets/ledger/warnings_routes.hpp"

namespace kc::targets {

std::vector<db::Migration> migrations() { return ledger::migrations(); }

void require_report_readable(api::Ctx& ctx, std::int64_t report_id) { ledger::require_report_readable(ctx, report_id); }

void register_routes(api::Api& api, auth::Permissions& perms, const indicators::Registry& indicators) {
  ledger::use_indicators(indicators);
  using auth::Role;
  perms.grant("policy_documents.extract", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  api.post("/api/v1/policy-documents/extract", "policy_documents.extract", [](api::Ctx& ctx) {
    http::BodyReader body(ctx.req.body);
    std::string text = body.str("text", 2'000'000);
    body.done();
    http::Response r;
    r.body = to_json_text(to_json(extract_from_text(std::move(text))), false);
    return r;
  });
  ledger::register_document_routes(api, perms);
  ledger::register_ledger_routes(api, perms);
  ledger::register_report_routes(api, perms);
  ledger::register_warning_routes(api, perms);
  ledger::register_output_routes(api, perms);
  ledger::register_assessment_routes(api, perms);
}

}  // namespace kc::targets
