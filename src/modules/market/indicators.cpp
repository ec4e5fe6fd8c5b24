#include "modules/market/indicators.hpp"

#include "modules/registry/indicators.hpp"

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

}  // namespace

void register_indicators(indicators::Registry& registry) { registry.add(contract_turnover()); }

}  // namespace kc::market
