#pragma once
// JSON form of an extraction (the contract of `kechuang extract-targets` and
// POST /api/v1/policy-documents/extract).
#include <boost/json/object.hpp>

#include "modules/targets/extract/model.hpp"

namespace kc::targets {

boost::json::object to_json(const ExtractionResult& r);

}  // namespace kc::targets
