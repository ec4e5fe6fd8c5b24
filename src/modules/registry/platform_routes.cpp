// Innovation platforms: bureau staff record and edit those hosted in their jurisdiction and revoke them;
// organisations read the platforms they host. Scope is the host organisation's (404 outside it).
#include "modules/registry/platform_routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/registry/list_exports.hpp"
#include "modules/registry/domain/platform_document.hpp"
#include "modules/registry/domain/platform_kind.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/orgs.hpp"
#include "modules/registry/platform_repository.hpp"
#include "modules/registry/platforms.hpp"
#include "modules/registry/repository.hpp"

namespace kc::registry {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

db::Row platform_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = scope_params(org_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(platform_sql::kGetScoped, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

// The host must be an approved organisation the caller may manage; one outside the jurisdiction is
// reported like a missing one, so that its existence does not leak.
void require_host_manageable(api::Ctx& ctx, db::Connection& c, std::int64_t host_org_id) {
  auto params = scope_params(org_scope_for(ctx.me()));
  params.push_back(host_org_id);
  auto host = c.query_one(sql::kOrgInScope, params);
  if (!host) throw ApiError(Err::FieldInvalid, "依托单位不存在或不在本辖区", "host_org_id");
  if (host->text(9) != "approved") throw ApiError(Err::FieldInvalid, "依托单位尚未审核通过", "host_org_id");
}

std::string code_filter(const api::Ctx& ctx, const char* key, const std::vector<PlatformCode>& table) {
  std::string value = ctx.req.query(key);
  if (!value.empty() && platform_code_name(table, value).empty()) throw ApiError(Err::FieldInvalid, std::string(key) + " 不正确", key);
  return value;
}

Response list_platforms(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto params = scope_params(org_scope_for(ctx.me()));
  std::string q = ctx.req.query("q"), region = ctx.req.query("region_code");
  if (!region.empty()) {
    require_valid_region(region, "region_code");
    region = region_scope_prefix(region);
  }
  params.insert(params.end(), {q.empty() ? q : like_escape(q), code_filter(ctx, "type", platform_types()),
                               code_filter(ctx, "level", platform_levels()), code_filter(ctx, "status", platform_statuses()),
                               region, api::query_int(ctx.req, "host_org_id").value_or(0), page.size, page.offset()});
  auto c = ctx.svc.db.read();
  std::int64_t total = c->query_one(platform_sql::kCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(platform_sql::kList, params)) items.push_back(platform_json(r));
  return api::list_response(std::move(items), total, page);
}

Response get_platform(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(platform_json(platform_in_scope_or_404(ctx, *c, ctx.id())));
}

Response create_platform(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  PlatformInput in = read_platform_fields(body, {});
  body.done();
  validate_platform(in);
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  require_host_manageable(ctx, *c, in.host_org_id);
  auto id = c->query_one(platform_sql::kInsert,
                         {in.name, in.type, in.level, in.host_org_id, in.recognised_on ? db::Value(*in.recognised_on) : db::kNull,
                          in.document_no, in.field_code ? db::Value(*in.field_code) : db::kNull, in.contact_name,
                          in.contact_phone, in.status, ctx.now_ms(), ctx.me().user_id})
                ->i64(0);
  auto row = platform_in_scope_or_404(ctx, *c, id);
  tx.commit();
  ctx.audit = {{}, {}, "platform", std::to_string(id), "登记创新平台 " + in.name};
  return Response::json(platform_json(row), 201);
}

Response update_platform(api::Ctx& ctx) {
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = platform_in_scope_or_404(ctx, *c, ctx.id());
  if (row.text(12) == "revoked") throw ApiError(Err::InvalidState, "已撤销的平台不能修改");
  http::BodyReader body(ctx.req.body);
  PlatformInput in = read_platform_fields(body, platform_input_of(row));
  body.done();
  validate_platform(in);
  if (in.host_org_id != row.i64(4)) require_host_manageable(ctx, *c, in.host_org_id);
  c->exec(platform_sql::kUpdate,
          {row.i64(0), in.name, in.type, in.level, in.host_org_id, in.recognised_on ? db::Value(*in.recognised_on) : db::kNull,
           in.document_no, in.field_code ? db::Value(*in.field_code) : db::kNull, in.contact_name, in.contact_phone,
           in.status, ctx.now_ms()});
  auto updated = platform_in_scope_or_404(ctx, *c, ctx.id());
  tx.commit();
  ctx.audit = {{}, {}, "platform", std::to_string(row.i64(0)), "修改创新平台 " + in.name};
  return Response::json(platform_json(updated));
}

Response revoke_platform(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  std::string revoked_on = body.str("revoked_on", 10);
  std::string reason = body.str("reason", 500);
  body.done();
  if (!is_civil_date(revoked_on)) throw ApiError(Err::FieldInvalid, "撤销日期应写作 YYYY-MM-DD", "revoked_on");
  if (reason.empty()) throw ApiError(Err::FieldMissing, "撤销原因不能为空", "reason");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = platform_in_scope_or_404(ctx, *c, ctx.id());
  if (row.text(12) != "recognised") throw ApiError(Err::InvalidState, "只能撤销已认定的平台");
  if (revoked_on < row.text(7)) throw ApiError(Err::FieldInvalid, "撤销日期不能早于认定日期", "revoked_on");
  c->exec(platform_sql::kRevoke, {row.i64(0), revoked_on, reason, ctx.now_ms()});
  auto updated = platform_in_scope_or_404(ctx, *c, ctx.id());
  tx.commit();
  ctx.audit = {{}, {}, "platform", std::to_string(row.i64(0)), "撤销创新平台 " + row.text(1) + "，理由：" + reason};
  return Response::json(platform_json(updated));
}

json::array code_list(const std::vector<PlatformCode>& table) {
  json::array items;
  for (const auto& c : table) items.push_back(json::object{{"code", c.code}, {"name", c.name}});
  return items;
}

Response platform_codes(api::Ctx&) {
  return Response::json(json::object{{"types", code_list(platform_types())},
                                     {"levels", code_list(platform_levels())},
                                     {"statuses", code_list(platform_statuses())}});
}

}  // namespace

void register_platform_routes(api::Api& api, auth::Permissions& perms) {
  const std::initializer_list<Role> bureau{Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  perms.grant("platforms.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer, Role::OrgAdmin,
                                Role::OrgUser});
  perms.grant("platforms.create", bureau);
  perms.grant("platforms.update", bureau);
  perms.grant("platforms.revoke", bureau);

  api.get("/api/v1/platforms", "platforms.list", list_platforms, {api::Access::Approved, "platforms.read"});
  api::add_list_export(api, "/api/v1/platforms", "platforms.list", list_platforms, {api::Access::Approved, "platforms.read"},
                       platforms_export());
  api.get("/api/v1/platforms/codes", "platforms.codes", platform_codes, {api::Access::Approved, "platforms.read"});
  api.get("/api/v1/platforms/{id:int}", "platforms.get", get_platform, {api::Access::Approved, "platforms.read"});
  api.post("/api/v1/platforms", "platforms.create", create_platform);
  api.patch("/api/v1/platforms/{id:int}", "platforms.update", update_platform);
  api.post("/api/v1/platforms/{id:int}/revoke", "platforms.revoke", revoke_platform);
}

}  // namespace kc::registry
