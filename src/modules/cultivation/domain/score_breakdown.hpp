#pragma once
// The 科技型中小企业 score indicator by indicator, for the enterprise's report form: the ratio, its band and
// points, how far the next band is, and the clause each comes from (国科发政〔2017〕115号 第七条).
#include <boost/json/array.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/near_threshold.hpp"
#include "modules/cultivation/domain/tech_sme_rules.hpp"

namespace kc::cultivation {

struct IndicatorBreakdown {
  std::string_view code;    // tech_staff | rd_by_sales | rd_by_cost
  std::string_view name;    // Chinese
  std::string_view clause;  // where the band table is from
  std::optional<Fraction> ratio;  // nullopt when the denominator is zero
  std::string_view band;
  int points = 0;
  std::optional<NearEdge> next;  // nullopt in the top band
};

std::vector<IndicatorBreakdown> tech_sme_breakdown(const TechSmeInput& input);
boost::json::array breakdown_json(const std::vector<IndicatorBreakdown>& rows);

}  // namespace kc::cultivation
