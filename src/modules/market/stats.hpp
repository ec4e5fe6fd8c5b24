#pragma once
// Turnover statistics of registered technology contracts by year and region: 输出 counts a contract in the
// seller's region, 吸纳 in the buyer's; both 合同成交额 and 技术交易额 (KPI definitions differ between
// provinces, domain-rules.md §3.4, so both are reported).
#include <boost/json/object.hpp>

#include <map>
#include <string>

#include "api/context.hpp"
#include "modules/market/domain/amounts.hpp"

namespace kc::market {

struct Turnover {
  std::int64_t count = 0;
  Fen total_fen = 0;
  Fen technical_fen = 0;
};

struct RegionTurnover {
  Turnover output;    // 输出: sellers in the region
  Turnover absorbed;  // 吸纳: buyers in the region
};

// Region code → turnover, within the caller's jurisdiction (administrators: everything).
std::map<std::string, RegionTurnover> turnover_by_region(api::Ctx& ctx, int year);

boost::json::object stats_json(int year, const std::map<std::string, RegionTurnover>& rows);
// The same table as an .xlsx file's bytes.
std::string stats_xlsx(api::Ctx& ctx, int year, const std::map<std::string, RegionTurnover>& rows);

}  // namespace kc::market
