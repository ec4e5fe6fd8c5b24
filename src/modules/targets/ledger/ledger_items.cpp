#include "modules/targets/ledger/ledger_items.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/registry/domain/org_kind.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/domain/calendar.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"
#include "modules/targets/ledger/domain/warnings.hpp"
#include "modules/targets/ledger/metrics.hpp"
#include "modules/targets/ledger/reports.hpp"
#include "modules/targets/ledger/repository.hpp"
#include "modules/targets/ledger/list_exports.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;
using auth::Role;
using http::Response;

// Column positions of KC_LEDGER_COLUMNS.
enum Col {
  kId, kPolicyItem, kDocument, kKind, kTitle, kYear, kTargetValue, kUnit, kComparator, kLeadOrg, kLeadUnit,
  kPartners, kPeriodStart, kDeadline, kCycle, kMetricId, kMetricParams, kRegion, kCreatedAt, kLeadOrgName
};

std::string joined(const json::value& list) {
  std::string out;
  if (!list.is_array()) return out;
  for (const auto& v : list.as_array()) out += (out.empty() ? "" : "、") + std::string(v.as_string());
  return out;
}

std::int64_t permille(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return 0;
  return static_cast<std::int64_t>(static_cast<__int128>(part) * 1000 / whole);
}

}  // namespace

std::int64_t create_ledger_item(api::Ctx& ctx, db::Connection& c, const db::Row& p) {
  auto fields = json::parse(p.text(8)).as_object();
  bool target = p.text(2) == "target";
  int now_year = cst_year_of(ctx.now_ms());
  int doc_year = p.is_null(12) ? now_year : static_cast<int>(p.i64(12));
  int year = target && fields.contains("year") && fields.at("year").is_int64()
                 ? static_cast<int>(fields.at("year").as_int64()) : doc_year;
  db::Value value = target ? db::Value(decimal_from_double(fields.at("value").to_number<double>())) : db::kNull;
  std::string title = std::string(fields.at(target ? "indicator" : "task").as_string());
  std::string unit = target ? std::string(fields.at("unit").as_string()) : "";
  std::string comparator = target ? std::string(fields.at("comparator").as_string()) : "";
  // A target names no unit: the issuing bureau is responsible until the officer assigns one.
  std::string lead = target ? p.text(13) : joined(fields.at("lead"));
  std::string partners = target || !fields.contains("partners") ? "[]" : json::serialize(fields.at("partners"));
  return c.query_one(sql::kInsertLedgerItem,
                     {p.i64(0), p.i64(1), std::string(target ? "target" : "task"), title,
                      target ? db::Value(std::int64_t{year}) : db::kNull, value, unit, comparator, db::kNull, lead,
                      partners, year_start(std::min(doc_year, year)), year_start(year + 1),
                      std::string(cycle_code(Cycle::Quarterly)), p.text(11), ctx.me().user_id, ctx.now_ms()})
      ->i64(0);
}

json::object ledger_item_json(ProgressSource& source, const db::Row& r, EpochMs now) {
  auto progress = source.progress_of(r);
  auto target = r.is_null(kTargetValue) ? std::nullopt : parse_decimal(r.text(kTargetValue));
  json::object o{{"id", r.i64(kId)},
                 {"policy_item_id", r.is_null(kPolicyItem) ? json::value(nullptr) : json::value(r.i64(kPolicyItem))},
                 {"document_id", r.is_null(kDocument) ? json::value(nullptr) : json::value(r.i64(kDocument))},
                 {"kind", r.text(kKind)},
                 {"title", r.text(kTitle)},
                 {"year", r.is_null(kYear) ? json::value(nullptr) : json::value(r.i64(kYear))},
                 {"target_value", r.is_null(kTargetValue) ? json::value(nullptr) : json::value(r.text(kTargetValue))},
                 {"unit", r.text(kUnit)},
                 {"comparator", r.text(kComparator)},
                 {"lead_org_id", r.is_null(kLeadOrg) ? json::value(nullptr) : json::value(r.i64(kLeadOrg))},
                 {"lead_unit", r.is_null(kLeadOrg) ? r.text(kLeadUnit) : r.text(kLeadOrgName)},
                 {"partners", json::parse(r.text(kPartners))},
                 {"period_start", api::iso_time(r.i64(kPeriodStart))},
                 {"deadline", api::iso_time(r.i64(kDeadline))},
                 {"start_date", cst_date_of(r.i64(kPeriodStart))},
                 {"end_date", cst_date_of(r.i64(kDeadline) - 1)},
                 {"cycle", r.text(kCycle)},
                 {"region_code", r.text(kRegion)},
                 {"created_at", api::iso_time(r.i64(kCreatedAt))}};
  o["metric"] = r.is_null(kMetricId) ? json::value(nullptr)
                                     : json::value(json::object{{"id", r.text(kMetricId)},
                                                                {"params", json::parse(r.text(kMetricParams))}});
  o["progress"] = progress.value ? json::value(format_decimal(*progress.value)) : json::value(nullptr);
  o["progress_source"] = progress.computed ? "metric" : "reports";
  auto elapsed = elapsed_permille(r.i64(kPeriodStart), r.i64(kDeadline), now);
  o["elapsed_permille"] = elapsed;
  if (target) {
    std::int64_t done = progress.value.value_or(0);
    o["progress_permille"] = permille(done, *target);
    o["completed"] = done >= *target;
    o["at_risk"] = target_at_risk(done, *target, r.i64(kPeriodStart), r.i64(kDeadline), now);
  } else {
    o["progress_permille"] = nullptr;
    o["completed"] = false;
    o["at_risk"] = false;
  }
  return o;
}

namespace {

Response list_items(api::Ctx& ctx) {
  auto page = api::page_of(ctx.req);
  std::string kind = ctx.req.query("kind");
  if (!kind.empty() && kind != "target" && kind != "task") throw ApiError(Err::FieldInvalid, "kind 应为 target 或 task", "kind");
  auto params = item_scope_params(ledger_scope_for(ctx.me()));
  params.insert(params.end(), {kind, api::query_int(ctx.req, "document_id").value_or(0)});
  auto c = ctx.svc.db.read();
  auto total = c->query_one(sql::kLedgerCount, params)->i64(0);
  params.insert(params.end(), {page.size, page.offset()});
  json::array items;
  ProgressSource progress(*c);
  for (const auto& r : c->query(sql::kLedgerList, params)) items.push_back(ledger_item_json(progress, r, ctx.now_ms()));
  return api::list_response(std::move(items), total, page);
}

Response get_item(api::Ctx& ctx) {
  auto c = ctx.svc.db.read();
  auto row = ledger_item_or_404(ctx, *c, ctx.id());
  ProgressSource progress(*c);
  auto o = ledger_item_json(progress, row, ctx.now_ms());
  o["reports"] = reports_json(*c, row.i64(kId));
  return Response::json(o);
}

// The responsible unit: a bureau in the registry (lead_org_id) or a unit outside it by name (lead_unit).
void read_lead(http::BodyReader& body, db::Connection& c, db::Value& lead_org, std::string& lead_unit) {
  const json::value* org = body.raw("lead_org_id");
  auto unit = body.opt_str("lead_unit", 100);
  if (org && !org->is_null()) {
    if (!org->is_int64()) throw ApiError(Err::FieldInvalid, "lead_org_id 应为整数", "lead_org_id");
    auto row = c.query_one(sql::kOrgOfLead, {org->as_int64()});
    auto kind = row ? registry::parse_org_kind(row->text(0)) : std::nullopt;
    if (!kind || (*kind != registry::OrgKind::CityBureau && *kind != registry::OrgKind::CountyBureau))
      throw ApiError(Err::FieldInvalid, "责任单位应为登记在册的科技局；其他单位请填写 lead_unit", "lead_org_id");
    lead_org = org->as_int64();
    lead_unit = "";
  } else if (org) {
    lead_org = db::kNull;
  }
  if (unit) {
    if (unit->empty()) throw ApiError(Err::FieldInvalid, "责任单位名称不能为空", "lead_unit");
    if (org && !org->is_null()) throw ApiError(Err::FieldInvalid, "lead_org_id 与 lead_unit 只能给出一个", "lead_unit");
    lead_org = db::kNull;
    lead_unit = *unit;
  }
  // Clearing the registry unit needs a named one instead; an item may also wait for its first assignment.
  if ((org || unit) && std::holds_alternative<std::monostate>(lead_org) && lead_unit.empty())
    throw ApiError(Err::FieldMissing, "请指定责任单位", "lead_unit");
}

std::string read_partners(http::BodyReader& body, const std::string& current) {
  const json::value* v = body.raw("partners");
  if (!v) return current;
  if (!v->is_array() || v->as_array().size() > 50) throw ApiError(Err::FieldInvalid, "partners 应为单位名称列表", "partners");
  for (const auto& e : v->as_array())
    if (!e.is_string() || e.as_string().empty() || e.as_string().size() > 300)
      throw ApiError(Err::FieldInvalid, "partners 应为单位名称列表", "partners");
  return json::serialize(*v);
}

// metric: {"id", "params"} binds the target to a live metric; null unbinds it.
void read_metric(http::BodyReader& body, const db::Row& item, db::Value& metric_id, db::Value& metric_params) {
  const json::value* v = body.raw("metric");
  if (!v) return;
  if (v->is_null()) {
    metric_id = metric_params = db::kNull;
    return;
  }
  if (item.text(kKind) != "target") throw ApiError(Err::FieldInvalid, "只有量化目标可以绑定指标", "metric");
  if (!v->is_object()) throw ApiError(Err::FieldInvalid, "metric 应为对象", "metric");
  http::BodyReader m(v->as_object(), "metric");  // keeps a pointer: must refer to the body's own object
  std::string id = m.str("id", 60);
  const json::value* params = m.raw("params");
  m.done();
  const auto* metric = indicator_registry().find(id);
  if (!metric) throw ApiError(Err::FieldInvalid, "没有这个指标：" + id, "metric.id");
  json::object p = params && params->is_object() ? params->as_object() : json::object{};
  if (params && !params->is_object()) throw ApiError(Err::FieldInvalid, "metric.params 应为对象", "metric.params");
  indicators::Registry::validate(*metric, p, "metric.params");
  metric_id = id;
  metric_params = json::serialize(p);
}

Response update_item(api::Ctx& ctx) {
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto row = managed_item_or_error(ctx, *c, ctx.id());
  http::BodyReader body(ctx.req.body);
  std::string title = body.opt_str("title", 300).value_or(row.text(kTitle));
  db::Value target = row.is_null(kTargetValue) ? db::kNull : db::Value(row.text(kTargetValue));
  if (auto v = body.opt_str("target_value", 20)) {
    if (row.text(kKind) != "target" || !parse_decimal(*v)) throw ApiError(Err::FieldInvalid, "目标值应为非负数", "target_value");
    target = format_decimal(*parse_decimal(*v));
  }
  db::Value lead_org = row.is_null(kLeadOrg) ? db::kNull : db::Value(row.i64(kLeadOrg));
  std::string lead_unit = row.text(kLeadUnit);
  read_lead(body, *c, lead_org, lead_unit);
  std::string partners = read_partners(body, row.text(kPartners));
  EpochMs deadline = row.i64(kDeadline);
  if (auto d = body.opt_str("deadline", 10)) {
    auto end = end_of_cst_day(*d);
    if (!end) throw ApiError(Err::FieldInvalid, "截止日期应写作 YYYY-MM-DD", "deadline");
    deadline = *end;
  }
  if (deadline <= row.i64(kPeriodStart)) throw ApiError(Err::FieldInvalid, "截止日期应晚于考核期开始", "deadline");
  std::string cycle = body.opt_str("cycle", 20).value_or(row.text(kCycle));
  if (!parse_cycle(cycle)) throw ApiError(Err::FieldInvalid, "cycle 应为 monthly 或 quarterly", "cycle");
  db::Value metric_id = row.is_null(kMetricId) ? db::kNull : db::Value(row.text(kMetricId));
  db::Value metric_params = row.is_null(kMetricParams) ? db::kNull : db::Value(row.text(kMetricParams));
  read_metric(body, row, metric_id, metric_params);
  body.done();
  if (title.empty()) throw ApiError(Err::FieldInvalid, "名称不能为空", "title");
  c->exec(sql::kUpdateLedgerItem,
          {row.i64(kId), title, target, lead_org, lead_unit, partners, deadline, cycle, metric_id, metric_params});
  auto updated = ledger_item_or_404(ctx, *c, row.i64(kId));
  ProgressSource progress(*c);
  auto json = ledger_item_json(progress, updated, ctx.now_ms());
  tx.commit();
  ctx.audit = {{}, {}, "ledger_item", std::to_string(row.i64(kId)), "修改台账事项 " + title};
  return Response::json(json);
}

Response list_metrics(api::Ctx&) {
  json::array items;
  for (const auto* m : indicator_registry().all()) {
    json::array params;
    for (const auto& p : m->params)
      params.push_back(json::object{{"name", p.name}, {"label", p.label_zh}, {"required", p.required}});
    items.push_back(json::object{{"id", m->id}, {"name", m->name_zh}, {"unit", m->unit}, {"params", params}});
  }
  return Response::json(json::object{{"items", items}});
}

}  // namespace

void register_ledger_routes(api::Api& api, auth::Permissions& perms) {
  const std::initializer_list<Role> bureau{Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  perms.grant("ledger.read", bureau);
  perms.grant("ledger.manage", bureau);
  const api::RouteOptions read{api::Access::Approved, "ledger.read"};
  api.get("/api/v1/ledger/items", "ledger.list", list_items, read);
  api::add_list_export(api, "/api/v1/ledger/items", "ledger.list", list_items, read, ledger_items_export());
  api.get("/api/v1/ledger/items/{id:int}", "ledger.get", get_item, read);
  api.patch("/api/v1/ledger/items/{id:int}", "ledger.update", update_item, {api::Access::Approved, "ledger.manage"});
  api.get("/api/v1/ledger/metrics", "ledger.metrics", list_metrics, read);
}

}  // namespace kc::targets::ledger
