#include "modules/market/indicators.hpp"

#include "modules/market/matchmaking/event_stats.hpp"
#include "modules/registry/indicators.hpp"
#include "core/errors.hpp"

namespace kc::market {
namespace {

// Turnover (技术合同成交额) of contracts registered in the year, by the seller's region, in 万元 scaled by 10^4,
// i.e. whole 元 (分 / 100, truncated: a target in 万元 needs no finer grain).
const db::Query kContractTurnover{
    "market.indicator.contract_turnover",
    "SELECT CAST(COALESCE(SUM(m.total_fen), 0) AS BIGINT) / 100 FROM market_contracts m WHERE m.status = 'registered' "
    "AND m.registration_year = $1 AND ($2 = '' OR substr(m.seller_region, 1, length($2)) = $2)"};

indicators::Indicator contract_turnover() {
  return {"contract_turnover", "年度技术合同登记成交额（按卖方地区）", "万元",
          {indicators::year_param("登记年度"), registry::region_indicator_param()},
          [](db::Connection& c, const indicators::Params& p) {
            return c.query_one(kContractTurnover, {std::int64_t{indicators::year_of(p)}, registry::region_prefix_of(p)})->i64(0);
          }};
}

indicators::ParamSpec quarter_param() {
  return {"quarter", "季度（不填为全年）", false, [](const boost::json::value& v, const std::string& field) {
            if (!v.is_int64() || v.as_int64() < 1 || v.as_int64() > 4)
              throw ApiError(Err::FieldInvalid, "季度应为 1 至 4 的整数", field);
          }};
}

indicators::Indicator events_held(const Clock& clock) {
  return {"events_held", "对接活动举办次数（按年度、季度、地区）", "次",
          {indicators::year_param(), quarter_param(), registry::region_indicator_param()},
          [&clock](db::Connection& c, const indicators::Params& p) {
            auto quarter = p.if_contains("quarter");
            return indicators::kValueScale *
                   count_events_held(c, indicators::year_of(p), quarter ? static_cast<int>(quarter->as_int64()) : 0,
                                     registry::region_prefix_of(p), clock.now_ms());
          }};
}

}  // namespace

void register_indicators(indicators::Registry& registry, const Clock& clock) {
  registry.add(contract_turnover());
  registry.add(events_held(clock));
}

}  // namespace kc::market
