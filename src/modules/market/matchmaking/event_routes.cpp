// HTTP routes of matchmaking events (对接活动), issue 4: bureau staff create an event, invite published demands
// and achievements (their owners are notified), approved organisations register, the bureau records the
// signed intentions after the event and closes it; a planned event may be cancelled.
#include <boost/json.hpp>

#include <limits>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/domain/amounts.hpp"
#include "modules/market/matchmaking/domain/quarters.hpp"
#include "modules/market/matchmaking/event_repository.hpp"
#include "modules/market/matchmaking/event_stats.hpp"
#include "modules/market/matchmaking/events.hpp"
#include "modules/market/matchmaking/repository.hpp"
#include "modules/market/matchmaking/routes.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "notifications/notifications.hpp"
#include "modules/market/list_exports.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

Response event_response(api::Ctx& ctx, db::Connection& c, std::int64_t id, int status = 200) {
  return Response::json(event_detail_json(ctx, c, event_in_scope_or_404(ctx, c, id)), status);
}

Response create(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto in = read_event_input(body, ctx.me());
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto id = c->query_one(mm_sql::kInsertEvent,
                         {in.title, in.starts_at, in.place, std::int64_t{in.online ? 1 : 0}, in.online_url,
                          in.region_code, registry::region_scope_prefix(in.region_code), in.description,
                          ctx.me().user_id, ctx.now_ms()})
                ->i64(0);
  auto res = event_response(ctx, *c, id, 201);
  tx.commit();
  ctx.audit = {{}, {}, "market_event", std::to_string(id), "创建对接活动 " + in.title};
  return res;
}

std::string state_filter(const http::Request& req) {
  std::string s = req.query("status");
  if (!s.empty() && s != "planned" && s != "held" && s != "closed" && s != "cancelled")
    throw ApiError(Err::FieldInvalid, "status 应为 planned、held、closed 或 cancelled", "status");
  return s;
}

Period year_window(const http::Request& req) {
  auto year = api::query_int(req, "year");
  if (!year) return {std::numeric_limits<EpochMs>::min() / 2, std::numeric_limits<EpochMs>::max() / 2};
  if (*year < 2000 || *year > 2100) throw ApiError(Err::FieldInvalid, "year 应为2000–2100", "year");
  return beijing_quarter_period(static_cast<int>(*year), 0);
}

Response list(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto window = year_window(ctx.req);
  auto params = event_scope_params(ctx.me());
  params.insert(params.end(), {state_filter(ctx.req), ctx.now_ms(), window.begin, window.end, page.size,
                               page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(mm_sql::kEventCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(mm_sql::kEventList, params)) items.push_back(event_json(r, ctx.now_ms()));
  return api::list_response(std::move(items), total, page);
}

Response get(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return event_response(ctx, *c, ctx.id());
}

// Loads the event for a bureau action, checks the caller manages it and the state allows the action.
db::Row managed_event(api::Ctx& ctx, db::Connection& c, EventAction action) {
  auto e = event_in_scope_or_404(ctx, c, ctx.id());
  require_event_manager(ctx.me(), e);
  require_event_action(e, action, ctx.now_ms());
  return e;
}

std::vector<std::int64_t> id_array(http::BodyReader& body, const std::string& key) {
  const auto* raw = body.raw(key);
  if (!raw || !raw->is_array() || raw->as_array().empty() || raw->as_array().size() > 100)
    throw ApiError(Err::FieldInvalid, key + " 应为1–100个编号的数组", key);
  std::vector<std::int64_t> ids;
  for (const auto& v : raw->as_array()) {
    if (!v.is_int64() || v.as_int64() <= 0) throw ApiError(Err::FieldInvalid, key + " 应为正整数编号", key);
    ids.push_back(v.as_int64());
  }
  return ids;
}

db::Row published_listing_or_400(db::Connection& c, std::int64_t id, const std::string& field) {
  auto row = c.query_one(mm_sql::kPublishedListingBrief, {id});
  if (!row) throw ApiError(Err::FieldInvalid, "记录 " + std::to_string(id) + " 不存在或未发布", field);
  return std::move(*row);
}

// POST …/{id}/invite {"listing_ids": [...]}: each owner is told once per event and record.
Response invite(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  auto ids = id_array(body, "listing_ids");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto e = managed_event(ctx, *c, EventAction::Invite);
  for (auto id : ids) {
    auto listing = published_listing_or_400(*c, id, "listing_ids");
    c->exec(mm_sql::kInvite, {e.i64(0), id, ctx.now_ms()});
    notifications::notify(*c, listing.i64(4),
                          {"market.event.invitation", "对接活动邀请：" + e.text(1),
                           "您发布的“" + listing.text(2) + "”受邀参加 " + api::iso_time(e.i64(2)) + " 的对接活动",
                           "/market/events/" + std::to_string(e.i64(0)),
                           "market.event." + std::to_string(e.i64(0)) + ".invite." + std::to_string(id)},
                          ctx.now_ms());
  }
  auto res = event_response(ctx, *c, e.i64(0));
  tx.commit();
  ctx.audit = {{}, {}, "market_event", std::to_string(e.i64(0)), "对接活动邀请 " + std::to_string(ids.size()) + " 条记录"};
  return res;
}

// POST …/{id}/register {"listing_id"?}: an approved organisation, optionally with one of its published records.
Response register_org(api::Ctx& ctx) {
  const auto& me = ctx.me();
  if (!me.org_id) throw ApiError(Err::Forbidden, "只有单位用户可以报名");
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  auto listing_id = body.opt_int64("listing_id");
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto e = event_in_scope_or_404(ctx, *c, ctx.id());
  require_event_action(e, EventAction::Register, ctx.now_ms());
  if (listing_id && published_listing_or_400(*c, *listing_id, "listing_id").i64(3) != *me.org_id)
    throw ApiError(Err::FieldInvalid, "只能关联本单位已发布的记录", "listing_id");
  auto org = c->query_one(mm_sql::kOrgOf, {*me.org_id});
  if (!org) throw ApiError(Err::NotFound, "单位不存在");
  if (c->exec(mm_sql::kRegisterForEvent, {e.i64(0), *me.org_id, org->text(0), listing_id ? db::Value(*listing_id) : db::kNull,
                               me.user_id, ctx.now_ms()}) == 0)
    throw ApiError(Err::Conflict, "本单位已报名该活动");
  auto res = event_response(ctx, *c, e.i64(0), 201);
  tx.commit();
  ctx.audit = {{}, {}, "market_event", std::to_string(e.i64(0)), org->text(0) + " 报名对接活动 " + e.text(1)};
  return res;
}

db::Row org_or_400(db::Connection& c, std::int64_t id, const std::string& field) {
  auto org = c.query_one(mm_sql::kOrgOf, {id});
  if (!org) throw ApiError(Err::FieldInvalid, "单位不存在", field);
  return std::move(*org);
}

std::optional<std::int64_t> linked_listing(http::BodyReader& body, db::Connection& c, const char* key,
                                           const char* type) {
  auto id = body.opt_int64(key);
  if (id && published_listing_or_400(c, *id, key).text(1) != type)
    throw ApiError(Err::FieldInvalid, std::string(key) + " 不是" + (std::string(type) == "demand" ? "技术需求" : "科技成果"), key);
  return id;
}

// POST …/{id}/outcomes {"party_a_org_id", "party_b_org_id", "demand_id"?, "achievement_id"?,
// "intended_amount_fen", "note"?}: a signed intention (签约意向) reached at the event.
Response record_outcome(api::Ctx& ctx) {
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto e = managed_event(ctx, *c, EventAction::RecordOutcome);
  http::BodyReader body(ctx.req.body);
  auto a = body.int64("party_a_org_id");
  auto b = body.int64("party_b_org_id");
  auto org_a = org_or_400(*c, a, "party_a_org_id");
  auto org_b = org_or_400(*c, b, "party_b_org_id");
  if (a == b) throw ApiError(Err::FieldInvalid, "签约双方不能是同一单位", "party_b_org_id");
  auto demand = linked_listing(body, *c, "demand_id", "demand");
  auto achievement = linked_listing(body, *c, "achievement_id", "achievement");
  auto amount = body.int64("intended_amount_fen");
  if (amount < 0 || amount > kMaxAmountFen)
    throw ApiError(Err::FieldInvalid, "意向金额应为0至1万亿元之间的分", "intended_amount_fen");
  auto note = body.opt_str("note", 500).value_or("");
  body.done();
  auto opt = [](const auto& v) { return v ? db::Value(*v) : db::kNull; };
  auto id = c->query_one(mm_sql::kInsertOutcome, {e.i64(0), a, org_a.text(0), b, org_b.text(0), opt(demand),
                                               opt(achievement), amount, note, ctx.me().user_id, ctx.now_ms()})
                ->i64(0);
  auto res = event_response(ctx, *c, e.i64(0), 201);
  tx.commit();
  ctx.audit = {{}, {}, "market_event", std::to_string(e.i64(0)),
               "登记签约意向 #" + std::to_string(id) + " " + org_a.text(0) + " / " + org_b.text(0)};
  return res;
}

Response finish(api::Ctx& ctx, bool cancel) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = cancel ? body.str("reason", 500) : "";
  body.done();
  if (cancel && reason.empty()) throw ApiError(Err::FieldMissing, "取消活动须说明理由", "reason");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto e = managed_event(ctx, *c, cancel ? EventAction::Cancel : EventAction::Close);
  auto to = cancel ? StoredEventStatus::Cancelled : StoredEventStatus::Closed;
  c->exec(mm_sql::kSetEventStatus, {e.i64(0), std::string(stored_event_status_code(to)), reason,
                                 cancel ? db::kNull : db::Value(ctx.now_ms())});
  auto res = event_response(ctx, *c, e.i64(0));
  tx.commit();
  ctx.audit = {{}, {}, "market_event", std::to_string(e.i64(0)),
               (cancel ? "取消对接活动 " : "结束对接活动 ") + e.text(1) + (cancel ? "，理由：" + reason : "")};
  return res;
}

}  // namespace

void register_event_routes(api::Api& api, auth::Permissions& perms) {
  const std::initializer_list<Role> bureau{Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  perms.grant("market.events.read", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer,
                                     Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.events.manage", bureau);
  perms.grant("market.events.register", {Role::OrgAdmin, Role::OrgUser});
  perms.grant("market.events.stats", bureau);
  const std::string base = "/api/v1/market/events";
  const api::RouteOptions read{api::Access::Approved, "market.events.read"};
  const api::RouteOptions manage{api::Access::Approved, "market.events.manage"};
  api.post(base, "market.events.create", create, manage);
  api.get(base, "market.events.list", list, read);
  api::add_list_export(api, base, "market.events.list", list, read, events_export());
  api.get(base + "/stats", "market.events.stats", event_stats_route, {api::Access::Approved, "market.events.stats"});
  api.get(base + "/stats/export", "market.events.stats_export", event_stats_export_route,
          {api::Access::Approved, "market.events.stats"});
  api.get(base + "/{id:int}", "market.events.get", get, read);
  api.post(base + "/{id:int}/invite", "market.events.invite", invite, manage);
  api.post(base + "/{id:int}/register", "market.events.register", register_org,
           {api::Access::Approved, "market.events.register"});
  api.post(base + "/{id:int}/outcomes", "market.events.outcome", record_outcome, manage);
  api.post(base + "/{id:int}/close", "market.events.close", [](api::Ctx& c) { return finish(c, false); }, manage);
  api.post(base + "/{id:int}/cancel", "market.events.cancel", [](api::Ctx& c) { return finish(c, true); }, manage);
}

}  // namespace kc::market
