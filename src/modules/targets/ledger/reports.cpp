#include "modules/targets/ledger/reports.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/domain/calendar.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"
#include "modules/targets/ledger/repository.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

json::object report_json(const db::Row& r) {
  return {{"id", r.i64(0)},
          {"item_id", r.i64(1)},
          {"period", r.text(2)},
          {"progress", r.is_null(3) ? json::value(nullptr) : json::value(r.text(3))},
          {"narrative", r.text(4)},
          {"status", r.text(5)},
          {"return_reason", r.text(6)},
          {"submitted_by", r.i64(7)},
          {"submitted_at", api::iso_time(r.i64(8))},
          {"reviewed_at", api::iso_time_or_null(r.opt_i64(9))}};
}

// Column positions in KC_LEDGER_COLUMNS used here.
constexpr std::size_t kItemKind = 3, kItemLeadOrg = 9, kItemPeriodStart = 12, kItemDeadline = 13, kItemCycle = 14,
                      kItemMetric = 15;

Period reporting_period(const db::Row& item, const std::string& key, EpochMs now) {
  auto cycle = parse_cycle(item.text(kItemCycle)).value_or(Cycle::Quarterly);
  auto p = period_by_key(cycle, key);
  if (!p) throw ApiError(Err::FieldInvalid, std::string("报送期应写作 ") + (cycle == Cycle::Monthly ? "2026-03" : "2026-Q1"), "period");
  if (p->end <= item.i64(kItemPeriodStart) || p->start >= item.i64(kItemDeadline))
    throw ApiError(Err::FieldInvalid, "报送期不在考核期内", "period");
  if (p->start > now) throw ApiError(Err::FieldInvalid, "不能报送尚未开始的期次", "period");
  return *p;
}

Response submit(api::Ctx& ctx) {
  http::BodyReader body(ctx.req.body);
  std::string period = body.str("period", 10);
  auto progress = body.opt_str("progress", 20);
  std::string narrative = body.str("narrative", 2000);
  body.done();
  if (narrative.empty()) throw ApiError(Err::FieldMissing, "请填写进展情况", "narrative");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto item = ledger_item_or_404(ctx, *c, ctx.id());
  if (!item.is_null(kItemMetric)) throw ApiError(Err::InvalidState, "该目标已绑定实时指标，进度由系统计算，无需报送");
  if (item.text(kItemKind) == "target" && !progress) throw ApiError(Err::FieldMissing, "量化目标请填写完成值", "progress");
  db::Value progress_value = db::kNull;
  if (progress) {
    auto scaled = parse_decimal(*progress);
    if (!scaled) throw ApiError(Err::FieldInvalid, "完成值应为非负数，最多四位小数", "progress");
    progress_value = format_decimal(*scaled);
  }
  auto p = reporting_period(item, period, ctx.now_ms());
  if (c->query_one(sql::kStandingReport, {item.i64(0), p.key}))
    throw ApiError(Err::InvalidState, "该期次已报送（被退回的报告才能重新报送）", "period");
  auto id = c->query_one(sql::kInsertReport, {item.i64(0), p.key, progress_value, narrative, ctx.me().user_id,
                                              ctx.now_ms()})->i64(0);
  auto row = c->query_one(sql::kReport, {id});
  tx.commit();
  ctx.audit = {{}, {}, "ledger_report", std::to_string(id), "报送进展 " + p.key};
  return Response::json(report_json(*row), 201);
}

Response review(api::Ctx& ctx, bool accept) {
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  std::string reason = accept ? "" : body.str("reason", 500);
  body.done();
  if (!accept && reason.empty()) throw ApiError(Err::FieldMissing, "请填写退回理由", "reason");
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto report = c->query_one(sql::kReport, {ctx.id()});
  if (!report) throw ApiError(Err::NotFound, "进展报告不存在");
  auto item = managed_item_or_error(ctx, *c, report->i64(1));
  if (!item.is_null(kItemLeadOrg) && ctx.me().org_id == item.i64(kItemLeadOrg))
    throw ApiError(Err::Forbidden, "责任单位不能审核本单位的报告");
  if (report->text(5) != "submitted") throw ApiError(Err::InvalidState, "只能审核待审核的报告");
  c->exec(sql::kReviewReport, {report->i64(0), std::string(accept ? "accepted" : "returned"), reason,
                               ctx.me().user_id, ctx.now_ms()});
  auto row = c->query_one(sql::kReport, {report->i64(0)});
  tx.commit();
  ctx.audit = {{}, {}, "ledger_report", std::to_string(report->i64(0)), accept ? "采纳进展报告" : "退回进展报告：" + reason};
  return Response::json(report_json(*row));
}

}  // namespace

json::array reports_json(db::Connection& c, std::int64_t item_id) {
  json::array out;
  for (const auto& r : c.query(sql::kReportsOfItem, {item_id})) out.push_back(report_json(r));
  return out;
}

void register_report_routes(api::Api& api, auth::Permissions& perms) {
  perms.grant("ledger.report", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  api.post("/api/v1/ledger/items/{id:int}/reports", "ledger.report_submit", submit, {api::Access::Approved, "ledger.report"});
  api.post("/api/v1/ledger/reports/{id:int}/accept", "ledger.report_accept",
           [](api::Ctx& c) { return review(c, true); }, {api::Access::Approved, "ledger.manage"});
  api.post("/api/v1/ledger/reports/{id:int}/return", "ledger.report_return",
           [](api::Ctx& c) { return review(c, false); }, {api::Access::Approved, "ledger.manage"});
}

}  // namespace kc::targets::ledger
