#include "modules/targets/ledger/warnings_routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "http/json_body.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/domain/warnings.hpp"
#include "modules/targets/ledger/item_states.hpp"
#include "modules/targets/ledger/repository.hpp"
#include "notifications/notifications.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using http::Response;

struct Warning {
  std::int64_t item_id = 0;
  std::optional<std::int64_t> lead_org_id;
  std::string kind;  // "overdue" | "at_risk"
  std::string period;
  json::object body;
};

std::vector<Warning> warnings_of(const ItemState& s, EpochMs now) {
  std::vector<Warning> out;
  auto item_id = s.item.at("id").as_int64();
  json::object base{{"item_id", item_id}, {"title", s.item.at("title")}, {"lead_unit", s.item.at("lead_unit")}};
  if (s.item.at("at_risk").as_bool()) {
    auto b = base;
    for (auto key : {"progress", "target_value", "unit", "progress_permille", "elapsed_permille", "deadline"}) b[key] = s.item.at(key);
    // at-risk warnings repeat at most once a month: the month is their "period"
    out.push_back({item_id, s.lead_org_id, "at_risk", period_at(Cycle::Monthly, now).key, b});
  }
  for (const auto& p : s.overdue) {
    auto b = base;
    b["period"] = p.key;
    b["due"] = api::iso_time(report_due(p));
    out.push_back({item_id, s.lead_org_id, "overdue", p.key, b});
  }
  return out;
}

struct Overview {
  std::vector<Warning> warnings;
  std::int64_t items = 0, targets = 0, completed = 0;
};

Overview overview(db::Connection& c, const LedgerScope& scope, EpochMs now) {
  Overview o;
  for (const auto& s : item_states(c, scope, now)) {
    ++o.items;
    if (s.is_target()) ++o.targets;
    if (s.item.at("completed").as_bool()) ++o.completed;
    auto w = warnings_of(s, now);
    o.warnings.insert(o.warnings.end(), w.begin(), w.end());
  }
  return o;
}

json::object warnings_json(const Overview& o) {
  json::array overdue, at_risk;
  for (const auto& w : o.warnings) (w.kind == "overdue" ? overdue : at_risk).push_back(w.body);
  return {{"overdue", overdue}, {"at_risk", at_risk}};
}

Response warnings(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  return Response::json(warnings_json(overview(*c, ledger_scope_for(ctx.me()), ctx.now_ms())));
}

Response dashboard(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto o = overview(*c, ledger_scope_for(ctx.me()), ctx.now_ms());
  auto out = warnings_json(o);
  out["totals"] = json::object{{"items", o.items},
                               {"targets", o.targets},
                               {"completed", o.completed},
                               {"at_risk", out.at("at_risk").as_array().size()},
                               {"overdue_reports", out.at("overdue").as_array().size()}};
  return Response::json(out);
}

notifications::Notice notice_of(const Warning& w) {
  std::string title = std::string(w.body.at("title").as_string());
  bool overdue = w.kind == "overdue";
  return {"ledger." + w.kind,
          overdue ? "进展报告逾期：" + title + "（" + w.period + "）" : "目标进度滞后：" + title,
          overdue ? "请尽快报送 " + w.period + " 的工作进展" : "完成进度落后于时间进度，请加快推进",
          "/targets/ledger/" + std::to_string(w.item_id),
          // at-risk warnings repeat at most once a month, overdue ones once per period
          "ledger." + w.kind + ":" + std::to_string(w.item_id) + ":" + w.period};
}

std::vector<std::int64_t> recipients(db::Connection& c, const Warning& w) {
  std::vector<std::int64_t> out;
  if (w.lead_org_id)
    for (const auto& r : c.query(sql::kUsersOfOrg, {*w.lead_org_id})) out.push_back(r.i64(0));
  if (out.empty())  // a unit outside the registry: the officer who keeps the item chases it
    out.push_back(c.query_one(sql::kCreatorOfItem, {w.item_id})->i64(0));
  return out;
}

}  // namespace

std::int64_t send_warning_notices(db::Connection& c, const LedgerScope& scope, EpochMs now) {
  std::int64_t sent = 0;
  for (const auto& w : overview(c, scope, now).warnings)
    for (auto user : recipients(c, w)) sent += notifications::notify(c, user, notice_of(w), now) ? 1 : 0;
  return sent;
}

namespace {

Response notify(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  body.done();
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  std::int64_t sent = send_warning_notices(*c, ledger_scope_for(ctx.me()), ctx.now_ms());
  tx.commit();
  ctx.audit = {{}, {}, "ledger", "", "发送台账预警通知 " + std::to_string(sent) + " 条"};
  return Response::json(json::object{{"sent", sent}});
}

}  // namespace

void register_warning_routes(api::Api& api, auth::Permissions&) {
  const api::RouteOptions read{api::Access::Approved, "ledger.read"};
  api.get("/api/v1/ledger/warnings", "ledger.warnings", warnings, read);
  api.get("/api/v1/ledger/dashboard", "ledger.dashboard", dashboard, read);
  api.post("/api/v1/ledger/warnings/notify", "ledger.notify", notify, {api::Access::Approved, "ledger.manage"});
}

}  // namespace kc::targets::ledger
