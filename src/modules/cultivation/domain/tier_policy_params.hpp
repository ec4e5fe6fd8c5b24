#pragma once
// The editable parameters of a cultivation tier policy (TierPolicy) as JSON, for the versions a city
// administrator publishes. One table (tier_parameter_specs) names every parameter with its Chinese label,
// unit and kind; the parser, the writer and the web form all follow it, so a parameter is added in one place.
//
//   {"prerequisite": "registered_tech_sme", "min_years_registered": 1, "max_years_registered": null,
//    "revenue_min_wan": "10000", "revenue_min_inclusive": false, "revenue_max_wan": null,
//    "growth_metric": "mean_annual", "growth_periods": 2, "growth_min_percent": "20",
//    "rd_ratio_min_percent": "3", "tech_staff_ratio_min_percent": "10", "min_owned_ip": 1,
//    "exclude_serious_dishonesty": true, "note": "…"}
//
// Absent or null means "no such criterion" (booleans: their default). Percentages are exact decimal strings
// ("3.5" = 3.5%), never binary floating point. Errors are FIELD_INVALID / FIELD_UNKNOWN naming
// "parameters.<key>".
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

struct TierParameterSpec {
  std::string_view key;
  std::string_view label;  // Chinese, for the form
  std::string_view unit;   // 年, 万元, %, 项 or ""
  std::string_view kind;   // integer | money | percent | boolean | choice | text
  std::vector<std::pair<std::string_view, std::string_view>> choices;  // code → Chinese label (kind "choice")
};

const std::vector<TierParameterSpec>& tier_parameter_specs();
boost::json::array tier_parameter_specs_json();

// Reads the parameters into a policy of `tier` (version left empty for the caller). `path` prefixes field names.
TierPolicy parse_tier_parameters(Tier tier, const boost::json::value& parameters, const std::string& path = "parameters");
// The inverse: parse_tier_parameters(tier, tier_parameters_json(p)) gives back p's parameters.
boost::json::object tier_parameters_json(const TierPolicy& policy);

std::optional<Tier> parse_tier_code(std::string_view code);
const std::vector<Tier>& all_tiers();

}  // namespace kc::cultivation
