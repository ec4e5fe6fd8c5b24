#pragma once
// The JSON contract of the assessment engine (docs: assessment-contract.md): strict input parsing into
// the rule inputs and result JSON with the contract's field names. Used by `kechuang assess`, by
// POST /api/v1/assessments/{tech-sme|high-tech}/preview and by the annual-report workflow.
#include <boost/json/value.hpp>

#include <string_view>

#include "core/errors.hpp"
#include "modules/cultivation/domain/high_tech_rules.hpp"
#include "modules/cultivation/domain/tech_sme_rules.hpp"

namespace kc::cultivation {

// Parses a request body; JSON_INVALID for malformed text, JSON_NOT_OBJECT for a non-object.
boost::json::value parse_json_body(std::string_view text);

// Input parsing: unknown fields FIELD_UNKNOWN, missing ones FIELD_MISSING, bad values FIELD_INVALID.
TechSmeInput parse_tech_sme_input(const boost::json::value& body);
HighTechInput parse_high_tech_input(const boost::json::value& body);

boost::json::object tech_sme_result_json(const TechSmeResult& result);
boost::json::object high_tech_result_json(const HighTechResult& result);

// Parse, validate, assess, render: the whole engine for one request. Throws kc::ApiError.
boost::json::object assess_tech_sme_json(const boost::json::value& body);
boost::json::object assess_high_tech_json(const boost::json::value& body);

// {"error": {"code", "message", "field"}} ("field" only when one input field is at fault).
boost::json::object error_json(const ApiError& error);

}  // namespace kc::cultivation
