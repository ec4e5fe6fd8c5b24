#pragma once
// JSON forms of matchmaking records (对接记录) and their history.
#include <boost/json/object.hpp>

#include "db/db.hpp"

namespace kc::market {

// Columns of KC_MATCH_COLUMNS; `history` rows of sql::kHistory when given (single records).
boost::json::object match_json(const db::Row& r, const std::vector<db::Row>* history = nullptr);

}  // namespace kc::market
