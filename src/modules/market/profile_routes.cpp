// HTTP routes of expert and agency profiles: submitted by an organisation or entered by bureau staff, approved
// (published and indexed) or rejected with a reason by bureau staff of the profile's region; the public portal
// lists and reads published profiles without any contact field.
#include "modules/market/profile_routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/list_exports.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/market/profiles.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

// $1..$3 of KC_PROFILE_SCOPE.
std::vector<db::Value> profile_scope_params(const api::Principal& me) {
  auto params = registry::scope_params(registry::org_scope_for(me));
  params.resize(3);
  return params;
}

std::optional<db::Row> profile_in_scope(api::Ctx& ctx, db::Connection& c, ProfileKind kind, std::int64_t id) {
  auto params = profile_scope_params(ctx.me());
  params.insert(params.end(), {std::string(profile_kind_code(kind)), id});
  return c.query_one(sql::kProfileInScope, params);
}

db::Row profile_in_scope_or_404(api::Ctx& ctx, db::Connection& c, ProfileKind kind, std::int64_t id) {
  auto row = profile_in_scope(ctx, c, kind, id);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

Response submit(api::Ctx& ctx, ProfileKind kind) {
  http::BodyReader body(ctx.req.body);
  auto in = read_profile_input(body, kind, ctx.me());
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = insert_profile(*c, kind, in, ctx.me(), ctx.now_ms());
  auto row = profile_in_scope(ctx, *c, kind, id);
  // Bureau staff enter profiles of their own jurisdiction only (they could not review the others).
  if (!row) throw ApiError(Err::FieldInvalid, "所在地区不在本局辖区内", "region_code");
  tx.commit();
  ctx.audit = {{}, {}, profile_kind_code(kind), std::to_string(id),
               std::string("提交") + profile_kind_name(kind) + " " + row->text(2)};
  return Response::json(profile_json(*row, true), 201);
}

Response list(api::Ctx& ctx, ProfileKind kind) {
  auto page = api::page_of(ctx.req);
  std::string status = ctx.req.query("status");
  if (!status.empty() && status != "pending" && status != "published" && status != "rejected")
    throw ApiError(Err::FieldInvalid, "status 应为 pending、published 或 rejected", "status");
  auto params = profile_scope_params(ctx.me());
  params.insert(params.end(), {std::string(profile_kind_code(kind)), status, page.size, page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kProfileCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kProfileList, params)) items.push_back(profile_json(r, true));
  return api::list_response(std::move(items), total, page);
}

Response get(api::Ctx& ctx, ProfileKind kind) {
  auto c = ctx.svc.db.read();
  return Response::json(profile_json(profile_in_scope_or_404(ctx, *c, kind, ctx.id()), true));
}

Response review(api::Ctx& ctx, ProfileKind kind, bool approve) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = approve ? "" : body.str("reason", 500);
  body.done();
  if (!approve && reason.empty()) throw ApiError(Err::FieldMissing, "驳回须说明理由", "reason");
  const search::Segmenter* seg = approve ? &segmenter(ctx.svc.data_dir) : nullptr;  // before the write lease
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = profile_in_scope_or_404(ctx, *c, kind, ctx.id());
  if (row.text(16) != "pending") throw ApiError(Err::InvalidState, "只能审核待审核的记录");
  c->exec(sql::kReviewProfile, {row.i64(0), std::string(approve ? "published" : "rejected"), reason, ctx.now_ms(),
                                ctx.me().user_id});
  if (approve) index_document(*c, profile_target(kind), row.i64(0), profile_index_text(*seg, row));
  auto updated = profile_in_scope_or_404(ctx, *c, kind, ctx.id());
  tx.commit();
  ctx.audit = {{}, {}, profile_kind_code(kind), std::to_string(row.i64(0)),
               (approve ? "发布 " : "驳回 ") + row.text(2) + (approve ? "" : "，理由：" + reason)};
  return Response::json(profile_json(updated, true));
}

Response public_list(api::Ctx& ctx, ProfileKind kind) {
  auto page = api::page_of(ctx.req);
  std::vector<db::Value> params{std::string(profile_kind_code(kind)), page.size, page.offset()};
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kPublishedProfileCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(sql::kPublishedProfiles, params)) items.push_back(profile_json(r, false));
  return api::list_response(std::move(items), total, page);
}

Response public_get(api::Ctx& ctx, ProfileKind kind) {
  auto c = ctx.svc.db.read();
  auto row = c->query_one(sql::kPublishedProfile, {std::string(profile_kind_code(kind)), ctx.id()});
  if (!row) throw ApiError(Err::NotFound);
  return Response::json(profile_json(*row, false));
}

void register_kind(api::Api& api, ProfileKind kind) {
  std::string plural = kind == ProfileKind::Expert ? "experts" : "agencies";
  std::string base = "/api/v1/market/" + plural;
  std::string pub = "/api/v1/public/market/" + plural;
  std::string act = "market." + plural;
  api.post(base, act + ".submit", [kind](api::Ctx& c) { return submit(c, kind); }, {api::Access::Approved, "market.profiles.submit"});
  const bool expert = kind == ProfileKind::Expert;
  api::Handler list_kind = [kind](api::Ctx& c) { return list(c, kind); };
  api.get(base, act + ".list", list_kind, {api::Access::Approved, "market.listings.read"});
  api::add_list_export(api, base, act + ".list", list_kind, {api::Access::Approved, "market.listings.read"},
                       profiles_export(expert ? "专家" : "技术转移机构", expert));
  api.get(base + "/{id:int}", act + ".get", [kind](api::Ctx& c) { return get(c, kind); }, {api::Access::Approved, "market.listings.read"});
  api.post(base + "/{id:int}/approve", act + ".approve", [kind](api::Ctx& c) { return review(c, kind, true); },
           {api::Access::Approved, "market.listings.review"});
  api.post(base + "/{id:int}/reject", act + ".reject", [kind](api::Ctx& c) { return review(c, kind, false); },
           {api::Access::Approved, "market.listings.review"});
  api.get(pub, act + ".public_list", [kind](api::Ctx& c) { return public_list(c, kind); }, {api::Access::Public, ""});
  api.get(pub + "/{id:int}", act + ".public_get", [kind](api::Ctx& c) { return public_get(c, kind); }, {api::Access::Public, ""});
}

}  // namespace

void register_profile_routes(api::Api& api, auth::Permissions& perms) {
  perms.grant("market.profiles.submit", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                         Role::OrgAdmin, Role::OrgUser});
  register_kind(api, ProfileKind::Expert);
  register_kind(api, ProfileKind::Agency);
}

}  // namespace kc::market
