#pragma once
// The cultivation tiers of one annual report, for the report form's live preview: every tier evaluated with
// the policy version in force for the enterprise's region today, each result stamped with that version.
#include <boost/json/array.hpp>

#include <string>

#include "db/db.hpp"
#include "modules/cultivation/domain/annual_report.hpp"
#include "modules/cultivation/tier_policies.hpp"

namespace kc::cultivation {

// The 科技型中小企业 prerequisite is taken as met when the report's own assessment qualifies (the preview
// answers "if this report is entered").
boost::json::array tier_preview_json(const TierPolicyBook& book, const AssessedAnnualReport& report,
                                     const std::string& region_code, CivilDate on);

}  // namespace kc::cultivation
