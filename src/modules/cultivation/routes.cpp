#include "modules/cultivation/routes.hpp"

#include "modules/cultivation/domain/assessment_json.hpp"
#include "core/json_writer.hpp"
#include "modules/cultivation/bulletin.hpp"
#include "modules/cultivation/monitoring.hpp"
#include "modules/cultivation/pool.hpp"
#include "modules/cultivation/reports.hpp"
#include "modules/cultivation/settings.hpp"
#include "modules/cultivation/tier_policies.hpp"

namespace kc::cultivation {
namespace {

template <class Assess>
http::Response preview(api::Ctx& ctx, Assess assess) {
  http::Response r;
  // The contract prints numbers as written (30.0, not 3E1), hence its own writer.
  r.body = to_json_text(assess(parse_json_body(ctx.req.body)), false);
  return r;
}

}  // namespace

void register_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("assessments.preview", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                      Role::OrgAdmin, Role::OrgUser, Role::Expert});
  // A preview changes nothing, so it is not audited: POST only because the input is a document.
  api.post("/api/v1/assessments/tech-sme/preview", "assessments.preview",
           [](api::Ctx& c) { return preview(c, assess_tech_sme_json); }, {api::Access::PendingOrg});
  api.post("/api/v1/assessments/high-tech/preview", "assessments.preview_high_tech",
           [](api::Ctx& c) { return preview(c, assess_high_tech_json); },
           {api::Access::PendingOrg, "assessments.preview"});
  register_report_routes(api, perms);
  register_transition_routes(api, perms);
  register_settings_routes(api, perms);
  register_pool_routes(api, perms);
  register_monitoring_routes(api, perms);
  register_bulletin_routes(api);
  register_tier_policy_routes(api, perms);
}

}  // namespace kc::cultivation
