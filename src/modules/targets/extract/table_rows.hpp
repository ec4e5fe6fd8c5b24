#pragma once
// Target tables as text extraction lays them out: a header line naming the years and one line per
// indicator with its unit in brackets and one bare number per year:
//   指标名称            2020年      2025年     属性
//   高新技术企业数量（家）    312       600      预期性
#include <optional>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/normalized_text.hpp"

namespace kc::targets {

// One target per row and year column; columns of years before `document_year` are baselines.
std::vector<Target> extract_table_rows(const NormalizedText& t, std::optional<int> document_year);

}  // namespace kc::targets
