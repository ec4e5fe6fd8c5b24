#pragma once
// Deterministic demo annual reports (企业年报) of the previous fiscal year for `kechuang demo-data`, so that the
// cultivation pages show data: enterprises of 叶县 (410422) and 宝丰县 (410421) first, then the other counties of
// 平顶山市. Each report is validated and assessed by assess_annual_report, stored with the same statement as a
// filing, and moved along the workflow (submitted, county reviewed, city confirmed) through decide_transition;
// figures vary so that some qualify as 科技型中小企业, some not, a few near a threshold. Then the yearly
// re-assessment runs once so the reserve pool has members.
#include <cstdint>

#include "db/db.hpp"

namespace kc::cultivation {

struct DemoReportOptions {
  int reports = 150;
  std::uint64_t seed = 20261122;
};

struct DemoReportSummary {
  int reports = 0;
  int tech_sme_qualified = 0;  // reports whose 科技型中小企业 outcome is QUALIFIED_*
  std::int64_t pool_nominated = 0;
};

// Adds nothing when reports of that fiscal year exist already (a second run) or no enterprise of 平顶山 exists.
DemoReportSummary generate_demo_reports(db::Database& db, DemoReportOptions options, std::int64_t now_ms);

}  // namespace kc::cultivation
