#pragma once
// The 高企 assessment for the report form, item by item: conditions C1–C8 with their clause, and the
// innovation-score items whose band is computed from data (知识产权数量, 科技成果转化, 净资产增长率,
// 销售收入增长率) with the band, its point range, the expert's pick, how far the next band is and the clause.
// Exact: the value, the edge and the gap are Fractions; they are rounded only when written as JSON.
#include <boost/json/object.hpp>

#include <optional>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/high_tech_rules.hpp"

namespace kc::cultivation {

struct RangeNext {
  std::string_view band;  // the band just above
  Fraction edge;          // its lower edge
  bool edge_inclusive = true;
  Fraction gap;           // edge − value (> 0; reach it, or pass it when the edge is exclusive)
  int min_points = 0, max_points = 0;
};

struct InnovationRow {
  std::string_view code, name, clause;
  std::string_view unit;           // "%" for rates, "项" or "项/年" for counts
  std::optional<Fraction> value;   // nullopt when the method gives no rate
  std::string_view band;
  int min_points = 0, max_points = 0, points = 0;
  std::optional<RangeNext> next;   // nullopt in the top band
};

std::vector<InnovationRow> innovation_breakdown(const HighTechResult& result);
std::string_view condition_clause(std::string_view condition_key);  // by its "C1".."C8" prefix

// {"conditions": [{key, code, pass, clause, reason?}], "innovation": [rows], "total", "range_mode"} from the
// input; `result_json` is the contract result already rendered for it (its conditions carry the details).
boost::json::object high_tech_breakdown_json(const HighTechResult& result, const boost::json::object& result_json);

}  // namespace kc::cultivation
