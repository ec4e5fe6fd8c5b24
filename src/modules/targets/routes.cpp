#include "modules/targets/routes.hpp"

#include "core/json_writer.hpp"
#include "http/json_body.hpp"
#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/json_output.hpp"

namespace kc::targets {

void register_routes(api::Api& api, auth::Permissions& perms) {
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
}

}  // namespace kc::targets
