#pragma once
// The reviewable fields of a candidate item (target, responsibility, standard): what the reader found,
// minus its span, and the validation of an officer's edit. Field names are the reader's contract
// (extract/json_output.cpp) so the UI shows one shape before and after review.
#include <boost/json/object.hpp>

#include <string_view>

namespace kc::targets::ledger {

// "target" | "responsibility" | "standard"
bool is_item_kind(std::string_view kind);

// The reader's JSON item without text/start/end/byte_start/byte_end.
boost::json::object review_fields(const boost::json::object& extracted);

// `edit` checked field by field against the kind (unknown field → FIELD_UNKNOWN, wrong type or value →
// FIELD_INVALID naming "fields.<name>") and merged over `current`. With `require_all` (an officer adds a
// missed item) every required field of the kind must be present afterwards (FIELD_MISSING).
boost::json::object validated_fields(std::string_view kind, const boost::json::object& current,
                                     const boost::json::object& edit, bool require_all);

}  // namespace kc::targets::ledger
