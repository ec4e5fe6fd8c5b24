#include "audit/routes.hpp"

#include <boost/json.hpp>

#include "http/download.hpp"
#include "api/util.hpp"
#include "audit/audit_log.hpp"
#include "export/xlsx.hpp"

namespace kc::audit {
namespace {

namespace json = boost::json;
using http::Response;

// Filters: $1 username, $2 action prefix, $3 from (ms, 0 = none), $4 to (ms, 0 = none); $5 limit, $6 offset.
#define KC_AUDIT_WHERE                                                                                     \
  " FROM audit_log WHERE ($1 = '' OR username = $1) AND ($2 = '' OR substr(action, 1, length($2)) = $2) " \
  "AND ($3 = 0 OR time_ms >= $3) AND ($4 = 0 OR time_ms < $4) "
#define KC_AUDIT_COLUMNS \
  "id, seq, time_ms, user_id, username, org_id, client_ip, action, target_type, target_id, summary, result"
const db::Query kList{"audit.list", "SELECT " KC_AUDIT_COLUMNS KC_AUDIT_WHERE "ORDER BY seq DESC LIMIT $5 OFFSET $6"};
const db::Query kCount{"audit.count", "SELECT COUNT(*)" KC_AUDIT_WHERE "AND $5 >= 0 AND $6 >= 0"};

std::vector<db::Value> filters(const http::Request& req) {
  std::int64_t from = 0, to = 0;
  if (auto f = req.query("from"); !f.empty()) from = api::parse_time(f, "from");
  if (auto t = req.query("to"); !t.empty()) {
    to = api::parse_time(t, "to");
    if (t.size() == 10) to += 24 * 3600 * 1000;  // a date includes its whole day
  }
  return {req.query("username"), req.query("action"), from, to};
}

json::object entry_json(const db::Row& r) {
  auto opt = [&](std::size_t i) { return r.is_null(i) ? json::value(nullptr) : json::value(r.i64(i)); };
  return json::object{{"id", r.i64(0)},          {"seq", r.i64(1)},          {"time", api::iso_time(r.i64(2))},
                      {"user_id", opt(3)},       {"username", r.text(4)},    {"org_id", opt(5)},
                      {"client_ip", r.text(6)},  {"action", r.text(7)},      {"target_type", r.text(8)},
                      {"target_id", r.text(9)},  {"summary", r.text(10)},    {"result", r.text(11)}};
}

Response list(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  auto params = filters(ctx.req);
  params.insert(params.end(), {page.size, page.offset()});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(kCount, params)->i64(0);
  json::array items;
  for (const auto& r : c->query(kList, params)) items.push_back(entry_json(r));
  return api::list_response(std::move(items), total, page);
}

Response export_xlsx(api::Ctx& ctx) {
  auto params = filters(ctx.req);
  params.insert(params.end(), {std::int64_t{1'000'000}, std::int64_t{0}});
  Response r;
  r.body = xlsx::build(
      "审计日志", {"序号", "时间", "用户", "单位ID", "客户端地址", "操作", "对象类型", "对象ID", "摘要", "结果"},
      [&](xlsx::Writer& w) {
        ctx.svc.db.read()->for_each(kList, params, [&](const db::Row& row) {
          w.row({row.text(1), api::iso_time(row.i64(2)), row.text(4), row.text(5), row.text(6), row.text(7),
                 row.text(8), row.text(9), row.text(10), row.text(11)});
        });
      },
      ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(r.body), "audit.xlsx");
}

Response verify_route(api::Ctx& ctx) {
  VerifyResult v = verify(ctx.svc.db);
  json::array problems;
  for (const auto& p : v.problems) problems.push_back(json::object{{"id", p.seq}, {"problem", p.describe()}});
  return Response::json(json::object{{"ok", v.ok()}, {"checked", v.checked}, {"problems", std::move(problems)}});
}

}  // namespace

void register_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("audit.list", {Role::Admin, Role::CityAdmin});
  perms.grant("audit.export", {Role::Admin, Role::CityAdmin});
  perms.grant("audit.verify", {Role::Admin, Role::CityAdmin});
  api.get("/api/v1/audit", "audit.list", list);
  api.get("/api/v1/audit/export", "audit.export", export_xlsx);
  api.get("/api/v1/audit/verify", "audit.verify", verify_route);
}

}  // namespace kc::audit
