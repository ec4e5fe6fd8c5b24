#pragma once
// The monitoring counts per county and fiscal year, shared by the monitoring routes (dashboard, Excel) and
// the periodic bulletin (定期通报).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "db/db.hpp"
#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/targets.hpp"

namespace kc::cultivation {

struct CountyCounts {
  std::int64_t reports = 0, filed = 0, entered = 0;  // entered: registered, under publicity or final
  std::map<std::string, std::int64_t> tech_sme, high_tech, pool;
  std::int64_t new_entries = 0;  // entered this year and not the year before
  std::int64_t hnte_valid = 0;   // filed reports with a valid 高新技术企业 certificate
  // Enterprises reaching each tier (by tier code) under the policy in force for their region today, their
  // revenue history read from the consecutive earlier reports (domain/bulletin_tiers.hpp).
  std::map<std::string, std::int64_t> tiers;
  Decimal sales_wan, rd_wan;  // sums over the filed reports, exact
  std::optional<YearTargets> targets;

  void add(const CountyCounts& o);
};

// A 科技型中小企业 is entered (入库) once its report is registered, under publicity or final.
inline bool counts_as_entered(ReportState s) {
  return s == ReportState::Registered || s == ReportState::Publicity || s == ReportState::Final;
}

// Query parameter `key` as a year in 2000–2100; throws FieldMissing / FieldInvalid naming it.
int year_param(const http::Request& req, const std::string& key);

// The caller's registry scope ($1..$4) followed by `extra`.
std::vector<db::Value> scoped(api::Ctx& ctx, std::vector<db::Value> extra);

// Counts of fiscal year `year` by county (region code) within the caller's scope.
std::map<std::string, CountyCounts> count_by_county(api::Ctx& ctx, int year);

}  // namespace kc::cultivation
