#pragma once
// The yearly targets a city administrator sets per county: how many 科技型中小企业 are to be entered and how
// many enterprises are to meet the 高企 conditions, for the annual reports of a fiscal year. The dashboard
// (monitoring.cpp) sets the counts against them.
#include <cstdint>
#include <map>
#include <string>

#include "api/api.hpp"
#include "db/db.hpp"

namespace kc::cultivation {

struct YearTargets {
  std::int64_t tech_sme = 0;
  std::int64_t high_tech = 0;
};

// Targets of `fiscal_year` for the regions whose code starts with `region_prefix` ("" = all).
std::map<std::string, YearTargets> load_targets(db::Connection& c, int fiscal_year, const std::string& region_prefix);

// GET/PUT /api/v1/cultivation/targets/{year}
void register_target_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
