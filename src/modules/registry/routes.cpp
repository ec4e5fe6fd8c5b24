// HTTP routes of the registry: organisations and reference data.
#include "modules/registry/routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"
#include "modules/registry/orgs.hpp"
#include "modules/registry/permissions.hpp"
#include "modules/registry/platform_routes.hpp"
#include "modules/registry/repository.hpp"
#include "modules/registry/list_exports.hpp"

namespace kc::registry {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

Response list_orgs(api::Ctx& ctx) {
  const auto& req = ctx.req;
  auto page = api::page_of(req);
  auto params = scope_params(org_scope_for(ctx.me()));
  std::string q = req.query("q"), region = req.query("region_code");
  std::string kind = req.query("kind"), status = req.query("status");
  if (!kind.empty() && !parse_org_kind(kind)) throw ApiError(Err::FieldInvalid, "kind", "kind");
  if (!status.empty() && org_status_name(status).empty()) throw ApiError(Err::FieldInvalid, "status", "status");
  if (!region.empty()) region = region_scope_prefix(region);
  params.insert(params.end(), {q.empty() ? q : like_escape(q), kind, status, region, req.query("industry_code"),
                               page.size, page.offset()});
  auto c = ctx.svc.db.read();
  std::int64_t total = c->query_one(sql::kOrgCount, params)->i64(0);  // takes the same parameters as the list
  json::array items;
  for (const auto& r : c->query(sql::kOrgList, params)) items.push_back(org_json(r));
  return api::list_response(std::move(items), total, page);
}

Response get_org(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(org_json(org_in_scope_or_404(ctx, *c, ctx.id())));
}

// Bureau staff create organisations directly, already approved, within their own jurisdiction.
Response create_org(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  OrgInput in = read_org_input(body);
  body.done();
  if (!org_in_scope(org_scope_for(ctx.me()), 0, in.region_code, false))
    throw ApiError(Err::Forbidden, "只能在本辖区内创建单位", "region_code");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = insert_org(*c, in, "approved", ctx.now_ms(), ctx.me().user_id);
  auto row = org_in_scope_or_404(ctx, *c, id);
  tx.commit();
  ctx.audit = {{}, {}, "org", std::to_string(id), "创建单位 " + in.name};
  return Response::json(org_json(row), 201);
}

// An organisation's administrator edits its own record; bureau staff edit those in their scope.
Response update_org(api::Ctx& ctx, const std::function<void()>& on_change) {
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = org_in_scope_or_404(ctx, *c, ctx.id());
  const auto& me = ctx.me();
  if (!auth::is_bureau_role(me.role) && me.role != Role::OrgAdmin) throw ApiError(Err::Forbidden);
  http::BodyReader body(ctx.req.body);
  std::string name = body.opt_str("name", 100).value_or(row.text(1));
  std::string region = body.opt_str("region_code", 6).value_or(row.text(4));
  std::optional<std::string> industry = row.opt_text(5);
  if (auto v = body.opt_str("industry_code", 5)) industry = v->empty() ? std::nullopt : std::optional(*v);
  std::string address = body.opt_str("address", 200).value_or(row.text(6));
  std::string contact = body.opt_str("contact_name", 50).value_or(row.text(7));
  std::string phone = body.opt_str("contact_phone", 30).value_or(row.text(8));
  body.done();
  if (name.empty()) throw ApiError(Err::FieldMissing, "name 不能为空", "name");
  require_valid_region(region, "region_code");
  if (industry) require_valid_industry(*industry, "industry_code");
  if (auth::is_bureau_role(me.role) && !org_in_scope(org_scope_for(me), 0, region, false))
    throw ApiError(Err::Forbidden, "只能把单位划入本辖区", "region_code");
  std::string status = row.text(9);
  c->exec(sql::kUpdateOrg, {row.i64(0), name, region, industry ? db::Value(*industry) : db::kNull, address, contact,
                            phone, status});
  auto updated = org_in_scope_or_404(ctx, *c, ctx.id());
  tx.commit();
  on_change();
  ctx.audit = {{}, {}, "org", std::to_string(row.i64(0)), "修改单位信息 " + name};
  return Response::json(org_json(updated));
}

Response review_org(api::Ctx& ctx, bool approve, const std::function<void()>& on_change) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = approve ? "" : body.str("reason", 500);
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = org_in_scope_or_404(ctx, *c, ctx.id());
  if (row.text(9) != "pending") throw ApiError(Err::InvalidState, "只能审核待审核的单位");
  c->exec(sql::kReview, {row.i64(0), std::string(approve ? "approved" : "rejected"), reason, ctx.now_ms(),
                         ctx.me().user_id});
  auto updated = org_in_scope_or_404(ctx, *c, ctx.id());
  tx.commit();
  on_change();
  ctx.audit = {{}, {}, "org", std::to_string(row.i64(0)),
               (approve ? "审核通过 " : "审核不通过 ") + row.text(1) + (approve ? "" : "，理由：" + reason)};
  return Response::json(org_json(updated));
}

json::array code_items(const db::Rows& rows) {
  json::array items;
  for (const auto& r : rows) items.push_back(json::object{{"code", r.text(0)}, {"name", r.text(1)}, {"level", r.text(2)}});
  return items;
}

Response regions(api::Ctx& ctx) {
  std::string parent = ctx.req.query("parent");
  auto c = ctx.svc.db.read();
  auto rows = parent.empty() ? c->query(sql::kProvinces) : c->query(sql::kRegionsByParent, {parent});
  return Response::json(json::object{{"items", code_items(rows)}});
}

Response industries(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto rows = c->query(sql::kIndustries, {ctx.req.query("parent"), ctx.req.query("q")});
  return Response::json(json::object{{"items", code_items(rows)}});
}

}  // namespace

void register_routes(api::Api& api, auth::Permissions& perms, std::function<void()> on_change) {
  const std::initializer_list<Role> bureau{Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  perms.grant("orgs.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer, Role::OrgAdmin,
                           Role::OrgUser, Role::Expert});
  perms.grant("orgs.create", bureau);
  perms.grant("orgs.update", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer, Role::OrgAdmin});
  perms.grant("orgs.approve", bureau);
  perms.grant("orgs.reject", bureau);

  api.get("/api/v1/orgs", "orgs.list", list_orgs, {api::Access::Approved, "orgs.read"});
  api::add_list_export(api, "/api/v1/orgs", "orgs.list", list_orgs, {api::Access::Approved, "orgs.read"}, orgs_export());
  // A pending organisation's own users may read it: they need to see why it waits or was rejected.
  api.get("/api/v1/orgs/{id:int}", "orgs.get", get_org, {api::Access::PendingOrg, "orgs.read"});
  api.post("/api/v1/orgs", "orgs.create", create_org);
  api.patch("/api/v1/orgs/{id:int}", "orgs.update", [on_change](api::Ctx& c) { return update_org(c, on_change); });
  api.post("/api/v1/orgs/{id:int}/approve", "orgs.approve",
           [on_change](api::Ctx& c) { return review_org(c, true, on_change); });
  api.post("/api/v1/orgs/{id:int}/reject", "orgs.reject",
           [on_change](api::Ctx& c) { return review_org(c, false, on_change); });
  api.get("/api/v1/ref/regions", "ref.regions", regions, {api::Access::Public});
  api.get("/api/v1/ref/industries", "ref.industries", industries, {api::Access::Public});
  register_platform_routes(api, perms);
}

}  // namespace kc::registry
