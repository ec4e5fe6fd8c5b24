// Contact requests and matchmaking records (对接记录), issue 4: contact details of a published demand or
// achievement need a logged-in, approved organisation, and each request becomes a record 意向 → 洽谈 → 签约/终止
// between the requesting organisation and the owner, with every change kept in a history.
#include "modules/market/matchmaking/routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/market/matchmaking/domain/matchmaking_status.hpp"
#include "modules/market/matchmaking/records.hpp"
#include "modules/market/matchmaking/repository.hpp"
#include "modules/market/permissions.hpp"
#include "modules/registry/domain/scope.hpp"
#include "notifications/notifications.hpp"
#include "modules/market/list_exports.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

std::string body_or_empty_object(const http::Request& req) { return req.body.empty() ? "{}" : req.body; }

db::Row match_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(mm_sql::kMatchInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

json::object match_with_history(db::Connection& c, const db::Row& row) {
  auto history = c.query(mm_sql::kHistory, {row.i64(0)});
  return match_json(row, &history);
}

void add_history(db::Connection& c, api::Ctx& ctx, std::int64_t record, const std::string& from,
                 const std::string& to, const std::string& note) {
  const auto& me = ctx.me();
  c.exec(mm_sql::kInsertHistory, {record, from, to, note, me.user_id,
                               me.display_name.empty() ? me.username : me.display_name, ctx.now_ms()});
}

void notify_owner(db::Connection& c, api::Ctx& ctx, const db::Row& listing, std::int64_t record,
                  const std::string& message) {
  notifications::Notice n{"market.contact", "新的对接意向：" + listing.text(2),
                          ctx.me().org_name + " 请求联系" + (message.empty() ? "" : "：" + message),
                          "/market/matchmaking/" + std::to_string(record),
                          "market.contact." + std::to_string(record)};
  notifications::notify(c, listing.i64(8), n, ctx.now_ms());
}

// Opens a record (意向) unless one is already open between this organisation and the listing.
std::pair<std::int64_t, bool> open_record(db::Connection& c, api::Ctx& ctx, const db::Row& listing,
                                          const std::string& message) {
  const auto& me = ctx.me();
  if (auto open = c.query_one(mm_sql::kOpenMatch, {listing.i64(0), *me.org_id})) return {open->i64(0), false};
  auto org = c.query_one(mm_sql::kOrgOf, {*me.org_id});
  if (!org) throw ApiError(Err::NotFound, "单位不存在");
  auto id = c.query_one(mm_sql::kInsertMatch, {listing.i64(0), listing.text(1), listing.text(2), listing.i64(3),
                                            listing.text(4), listing.text(5), *me.org_id, org->text(0),
                                            org->text(1), me.user_id, message, ctx.now_ms()})
                ->i64(0);
  add_history(c, ctx, id, "", match_status_code(MatchStatus::Intention), message);
  notify_owner(c, ctx, listing, id, message);
  return {id, true};
}

// POST /api/v1/market/{demands|achievements}/{id}/contact {"message"}
Response contact(api::Ctx& ctx, const char* type) {
  const auto& me = ctx.me();
  if (!me.org_id) throw ApiError(Err::Forbidden, "只有单位用户可以请求联系方式");
  http::BodyReader body(body_or_empty_object(ctx.req));
  std::string message = body.opt_str("message", 500).value_or("");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto listing = c->query_one(mm_sql::kContactListing, {std::string(type), ctx.id()});
  if (!listing) throw ApiError(Err::NotFound);
  if (listing->i64(3) == *me.org_id) throw ApiError(Err::InvalidState, "不能联系本单位发布的记录");
  auto [id, created] = open_record(*c, ctx, *listing, message);
  auto record = match_with_history(*c, match_in_scope_or_404(ctx, *c, id));
  tx.commit();
  if (created)
    ctx.audit = {{}, {}, "market_matchmaking", std::to_string(id), "请求联系 " + listing->text(2)};
  return Response::json(json::object{{"contact_name", listing->text(6)},
                                     {"contact_phone", listing->text(7)},
                                     {"created", created},
                                     {"matchmaking", std::move(record)}},
                        created ? 201 : 200);
}

std::string list_filter(const http::Request& req, const std::string& key, std::initializer_list<const char*> allowed) {
  std::string v = req.query(key);
  if (v.empty()) return v;
  std::string names;
  for (const char* a : allowed) {
    if (v == a) return v;
    names += (names.empty() ? "" : "、") + std::string(a);
  }
  throw ApiError(Err::FieldInvalid, key + " 应为 " + names, key);
}

Response list(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(),
                {list_filter(ctx.req, "status", {"intention", "negotiating", "signed", "terminated"}),
                 list_filter(ctx.req, "role", {"owner", "requester"}), page.size, page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(mm_sql::kMatchCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(mm_sql::kMatchList, params)) items.push_back(match_json(r));
  return api::list_response(std::move(items), total, page);
}

Response get(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(match_with_history(*c, match_in_scope_or_404(ctx, *c, ctx.id())));
}

void require_party(api::Ctx& ctx, const db::Row& record) {
  auto org = ctx.me().org_id;
  if (!org || (*org != record.i64(4) && *org != record.i64(7)))
    throw ApiError(Err::Forbidden, "只有对接双方可以更新对接记录");
}

// POST /api/v1/market/matchmaking/{id}/status {"status", "note"}
Response change_status(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  std::string code = body.str("status", 20);
  std::string note = body.opt_str("note", 500).value_or("");
  body.done();
  auto to = parse_match_status(code);
  if (!to || *to == MatchStatus::Intention)
    throw ApiError(Err::FieldInvalid, "status 应为 negotiating、signed 或 terminated", "status");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = match_in_scope_or_404(ctx, *c, ctx.id());
  require_party(ctx, row);
  auto from = *parse_match_status(row.text(11));
  if (!match_transition_allowed(from, *to))
    throw ApiError(Err::InvalidState, std::string("不能从“") + match_status_name(from) + "”变为“" +
                                          match_status_name(*to) + "”");
  c->exec(mm_sql::kUpdateMatchStatus, {row.i64(0), code, ctx.now_ms(), row.text(11)});
  add_history(*c, ctx, row.i64(0), row.text(11), code, note);
  auto updated = match_with_history(*c, match_in_scope_or_404(ctx, *c, ctx.id()));
  tx.commit();
  ctx.audit = {{}, {}, "market_matchmaking", std::to_string(row.i64(0)),
               std::string("对接记录 ") + row.text(3) + "：" + match_status_name(from) + " → " + match_status_name(*to)};
  return Response::json(updated);
}

// POST /api/v1/market/matchmaking/{id}/contract {"contract_id"}: a signed record points to the technology
// contract one of the parties filed for registration (技术合同认定登记).
Response link_contract(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto contract_id = body.int64("contract_id");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = match_in_scope_or_404(ctx, *c, ctx.id());
  require_party(ctx, row);
  if (row.text(11) != match_status_code(MatchStatus::Signed))
    throw ApiError(Err::InvalidState, "只有已签约的对接记录可以关联技术合同");
  std::int64_t seller = 0;
  try {
    seller = contract_in_scope_or_404(ctx, *c, contract_id).i64(12);
  } catch (const ApiError&) {
    throw ApiError(Err::FieldInvalid, "技术合同不存在或无权查看", "contract_id");
  }
  if (seller != row.i64(4) && seller != row.i64(7))
    throw ApiError(Err::FieldInvalid, "技术合同的卖方不是对接双方之一", "contract_id");
  c->exec(mm_sql::kLinkContract, {row.i64(0), contract_id, ctx.now_ms()});
  auto updated = match_with_history(*c, match_in_scope_or_404(ctx, *c, ctx.id()));
  tx.commit();
  ctx.audit = {{}, {}, "market_matchmaking", std::to_string(row.i64(0)),
               "对接记录关联技术合同 " + std::to_string(contract_id)};
  return Response::json(updated);
}

}  // namespace

void register_matchmaking_record_routes(api::Api& api, auth::Permissions& perms) {
  perms.grant("market.contact", {Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.matchmaking.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                          Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.matchmaking.update", {Role::OrgAdmin, Role::OrgUser});
  for (auto [plural, type] : {std::pair{"demands", "demand"}, {"achievements", "achievement"}})
    api.post(std::string("/api/v1/market/") + plural + "/{id:int}/contact", std::string("market.") + plural + ".contact",
             [type](api::Ctx& c) { return contact(c, type); }, {api::Access::Approved, "market.contact"});
  const std::string base = "/api/v1/market/matchmaking";
  api.get(base, "market.matchmaking.list", list, {api::Access::Approved, "market.matchmaking.read"});
  api::add_list_export(api, base, "market.matchmaking.list", list, {api::Access::Approved, "market.matchmaking.read"}, matchmaking_export());
  api.get(base + "/{id:int}", "market.matchmaking.get", get, {api::Access::Approved, "market.matchmaking.read"});
  api.post(base + "/{id:int}/status", "market.matchmaking.status", change_status,
           {api::Access::Approved, "market.matchmaking.update"});
  api.post(base + "/{id:int}/contract", "market.matchmaking.contract", link_contract,
           {api::Access::Approved, "market.matchmaking.update"});
}

}  // namespace kc::market
