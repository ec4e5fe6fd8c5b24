#include "notifications/notifications.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"

namespace kc::notifications {
namespace {

namespace json = boost::json;
using http::Response;

const db::Query kInsert{
    "notifications.insert",
    "INSERT INTO notifications (user_id, kind, title, detail, link, dedupe_key, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, dedupe_key) DO NOTHING"};
// $2: 1 = unread only.
const db::Query kList{
    "notifications.list",
    "SELECT id, kind, title, detail, link, created_at, read_at FROM notifications WHERE user_id = $1 "
    "AND ($2 = 0 OR read_at IS NULL) ORDER BY id DESC LIMIT $3 OFFSET $4"};
const db::Query kCount{
    "notifications.count",
    "SELECT COUNT(*), SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) FROM notifications WHERE user_id = $1 "
    "AND ($2 = 0 OR read_at IS NULL)"};
const db::Query kMarkRead{"notifications.read",
                          "UPDATE notifications SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL"};
const db::Query kExists{"notifications.exists", "SELECT read_at FROM notifications WHERE id = $1 AND user_id = $2"};
const db::Query kMarkAll{"notifications.read_all",
                         "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL"};

json::object notice_json(const db::Row& r) {
  return {{"id", r.i64(0)},   {"kind", r.text(1)},
          {"title", r.text(2)}, {"detail", r.text(3)},
          {"link", r.text(4)},  {"created_at", api::iso_time(r.i64(5))},
          {"read_at", api::iso_time_or_null(r.opt_i64(6))}};
}

Response list(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  std::int64_t unread_only = ctx.req.query("unread") == "1" ? 1 : 0;
  auto c = ctx.svc.db.read();
  auto counts = c->query_one(kCount, {ctx.me().user_id, unread_only});
  json::array items;
  for (const auto& r : c->query(kList, {ctx.me().user_id, unread_only, page.size, page.offset()}))
    items.push_back(notice_json(r));
  auto res = api::list_response(std::move(items), counts->i64(0), page);
  auto body = json::parse(res.body).as_object();
  body["unread"] = counts->is_null(1) ? 0 : counts->i64(1);
  return Response::json(body);
}

Response mark_read(api::Ctx& ctx) {
  auto c = ctx.svc.db.write();
  if (!c->query_one(kExists, {ctx.id(), ctx.me().user_id})) throw ApiError(Err::NotFound, "通知不存在");
  c->exec(kMarkRead, {ctx.id(), ctx.me().user_id, ctx.now_ms()});
  return Response::json(json::object{});
}

Response mark_all(api::Ctx& ctx) {
  auto n = ctx.svc.db.write()->exec(kMarkAll, {ctx.me().user_id, ctx.now_ms()});
  return Response::json(json::object{{"marked", n}});
}

}  // namespace

std::vector<db::Migration> migrations() {
  return {{"notifications/001_notifications",
           R"(CREATE TABLE notifications (
                id {{ID}},
                user_id BIGINT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                link TEXT NOT NULL DEFAULT '',
                dedupe_key TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                read_at BIGINT,
                UNIQUE (user_id, dedupe_key));)"}};
}

bool notify(db::Connection& c, std::int64_t user_id, const Notice& n, EpochMs now) {
  return c.exec(kInsert, {user_id, n.kind, n.title, n.detail, n.link, n.dedupe_key, now}) > 0;
}

void register_routes(api::Api& api, auth::Permissions&) {
  // Everyone reads their own inbox: no permission beyond a session with an approved organisation.
  api.get("/api/v1/notifications", "notifications.list", list, {api::Access::Approved, ""});
  api.post("/api/v1/notifications/{id:int}/read", "notifications.read", mark_read, {api::Access::Approved, ""});
  api.post("/api/v1/notifications/read-all", "notifications.read_all", mark_all, {api::Access::Approved, ""});
}

}  // namespace kc::notifications
