#pragma once
// The monitoring counts per county and fiscal year, shared by the monitoring routes and the bulletin.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "db/db.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"

namespace kc::cultivation {

struct CountyCounts {
  std::int64_t reports = 0, filed = 0, entered = 0;  // entered: registered, under publicity or final
  std::map<std::string, std::int64_t> tech_sme, high_tech, pool;

  void add(const CountyCounts& o) {
    reports += o.reports, filed += o.filed, entered += o.entered;
    for (const auto& [k, v] : o.tech_sme) tech_sme[k] += v;
    for (const auto& [k, v] : o.high_tech) high_tech[k] += v;
    for (const auto& [k, v] : o.pool) pool[k] += v;
  }
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
