#include "modules/market/stats.hpp"

#include "export/xlsx.hpp"
#include "modules/market/repository.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

std::map<std::string, RegionTurnover> turnover_by_region(api::Ctx& ctx, int year) {
  auto scope = registry::org_scope_for(ctx.me());
  std::vector<db::Value> params{std::int64_t{scope.all ? 1 : 0}, scope.region_prefix, std::int64_t{year}};
  std::map<std::string, RegionTurnover> out;
  auto c = ctx.svc.db.read();
  auto add = [&](const db::Query& q, Turnover RegionTurnover::*side) {
    for (const auto& r : c->query(q, params)) out[r.text(0)].*side = Turnover{r.i64(1), r.i64(2), r.i64(3)};
  };
  add(sql::kStatsOutput, &RegionTurnover::output);
  add(sql::kStatsAbsorbed, &RegionTurnover::absorbed);
  return out;
}

namespace {

json::object turnover_json(const Turnover& t) {
  return {{"count", t.count}, {"total_amount_fen", t.total_fen}, {"technical_amount_fen", t.technical_fen}};
}

void add_to(Turnover& sum, const Turnover& t) {
  sum.count += t.count;
  sum.total_fen += t.total_fen;
  sum.technical_fen += t.technical_fen;
}

}  // namespace

json::object stats_json(int year, const std::map<std::string, RegionTurnover>& rows) {
  json::array items;
  RegionTurnover sum;
  for (const auto& [code, t] : rows) {
    items.push_back(json::object{{"region_code", code},
                                 {"region_name", registry::region_full_name(code)},
                                 {"output", turnover_json(t.output)},
                                 {"absorbed", turnover_json(t.absorbed)}});
    add_to(sum.output, t.output);
    add_to(sum.absorbed, t.absorbed);
  }
  return {{"year", year},
          {"items", std::move(items)},
          {"totals", json::object{{"output", turnover_json(sum.output)}, {"absorbed", turnover_json(sum.absorbed)}}}};
}

std::string stats_xlsx(api::Ctx& ctx, int year, const std::map<std::string, RegionTurnover>& rows) {
  std::vector<std::string> headers{"年度", "行政区划代码", "地区", "输出合同数", "输出成交额（元）", "输出技术交易额（元）",
                                   "吸纳合同数", "吸纳成交额（元）", "吸纳技术交易额（元）"};
  return xlsx::build(
      "技术合同成交额", headers,
      [&](xlsx::Writer& w) {
        for (const auto& [code, t] : rows)
          w.row({std::to_string(year), code, registry::region_full_name(code), std::to_string(t.output.count),
                 fen_to_yuan(t.output.total_fen), fen_to_yuan(t.output.technical_fen), std::to_string(t.absorbed.count),
                 fen_to_yuan(t.absorbed.total_fen), fen_to_yuan(t.absorbed.technical_fen)});
      },
      ctx.svc.data_dir + "/tmp");
}

}  // namespace kc::market
