#pragma once
// Reading a user row (KC_USER_COLUMNS) into a Principal and into the API's JSON.
#include <boost/json/object.hpp>

#include "api/context.hpp"
#include "db/db.hpp"

namespace kc::accounts {

// `at` is the index of the first of KC_USER_COLUMNS in the row.
api::Principal principal_from_row(const db::Row& r, std::size_t at);
boost::json::object user_json(const db::Row& r, std::size_t at, EpochMs now);

}  // namespace kc::accounts
