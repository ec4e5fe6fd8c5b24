#include "modules/market/matchmaking/event_stats.hpp"

#include <boost/json.hpp>

#include "http/download.hpp"
#include "api/util.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"
#include "modules/market/domain/amounts.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/market/matchmaking/domain/quarters.hpp"
#include "modules/market/matchmaking/event_repository.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

std::int64_t count_events_held(db::Connection& conn, int year, int quarter, const std::string& region_prefix,
                               EpochMs now) {
  auto p = beijing_quarter_period(year, quarter);
  return conn.query_one(mm_sql::kCountEventsHeld, {p.begin, p.end, now, region_prefix})->i64(0);
}

std::map<std::string, RegionQuarters> event_figures(api::Ctx& ctx, int year) {
  auto scope = registry::org_scope_for(ctx.me());
  auto p = beijing_quarter_period(year, 0);
  std::map<std::string, RegionQuarters> out;
  auto c = ctx.svc.db.read();
  for (const auto& r : c->query(mm_sql::kHeldEventFigures,
                                {p.begin, p.end, ctx.now_ms(), std::int64_t{scope.all ? 1 : 0}, scope.region_prefix})) {
    auto& q = out[r.text(0)][beijing_quarter(r.i64(1)).quarter - 1];
    q.events_held += 1;
    q.registrations += r.i64(2);
    q.signed_intentions += r.i64(3);
    q.intended_amount_fen += r.i64(4);
  }
  return out;
}

namespace {

int year_param(api::Ctx& ctx) {
  auto y = api::query_int(ctx.req, "year");
  if (y && (*y < 2000 || *y > 2100)) throw ApiError(Err::FieldInvalid, "year 应为2000–2100", "year");
  return y ? static_cast<int>(*y) : beijing_year(ctx.now_ms());
}

void add_to(QuarterFigures& sum, const QuarterFigures& q) {
  sum.events_held += q.events_held;
  sum.registrations += q.registrations;
  sum.signed_intentions += q.signed_intentions;
  sum.intended_amount_fen += q.intended_amount_fen;
}

json::array quarters_json(const RegionQuarters& qs) {
  json::array out;
  for (int i = 0; i < 4; ++i)
    out.push_back(json::object{{"quarter", i + 1},
                               {"events_held", qs[i].events_held},
                               {"registrations", qs[i].registrations},
                               {"signed_intentions", qs[i].signed_intentions},
                               {"intended_amount_fen", qs[i].intended_amount_fen}});
  return out;
}

}  // namespace

http::Response event_stats_route(api::Ctx& ctx) {
  int year = year_param(ctx);
  json::array items;
  RegionQuarters totals{};
  for (const auto& [code, qs] : event_figures(ctx, year)) {
    items.push_back(json::object{{"region_code", code}, {"region_name", registry::region_full_name(code)},
                                 {"quarters", quarters_json(qs)}});
    for (int i = 0; i < 4; ++i) add_to(totals[i], qs[i]);
  }
  return http::Response::json(
      json::object{{"year", year}, {"items", std::move(items)}, {"totals", json::object{{"quarters", quarters_json(totals)}}}});
}

http::Response event_stats_export_route(api::Ctx& ctx) {
  int year = year_param(ctx);
  auto rows = event_figures(ctx, year);
  std::vector<std::string> headers{"年度", "季度", "行政区划代码", "地区", "举办活动数", "报名数", "签约意向数",
                                   "意向金额（元）"};
  http::Response r;
  r.body = xlsx::build(
      "对接活动", headers,
      [&](xlsx::Writer& w) {
        for (const auto& [code, qs] : rows)
          for (int i = 0; i < 4; ++i)
            w.row({std::to_string(year), std::to_string(i + 1), code, registry::region_full_name(code),
                   std::to_string(qs[i].events_held), std::to_string(qs[i].registrations),
                   std::to_string(qs[i].signed_intentions), fen_to_yuan(qs[i].intended_amount_fen)});
      },
      ctx.svc.data_dir + "/tmp");
  return http::xlsx_download(std::move(r.body), "market-events-" + std::to_string(year) + ".xlsx");
}

}  // namespace kc::market
