#pragma once
// The stored columns of an assessed annual report: parameters $3..$18 of sql::kInsertReport and
// sql::kUpdateReportData, shared by the report routes and the demo data.
#include <vector>

#include "db/db.hpp"
#include "modules/cultivation/domain/annual_report.hpp"

namespace kc::cultivation {
std::vector<db::Value> data_params(const AssessedAnnualReport& a);
}
