#pragma once
// Organisation records: validation of input, creation, and their JSON form.
#include <boost/json/object.hpp>

#include <optional>
#include <string>

#include "http/json_body.hpp"
#include "db/db.hpp"

namespace kc::registry {

struct OrgInput {
  std::string name;
  std::string kind;
  std::string credit_code;
  std::string region_code;
  std::optional<std::string> industry_code;
  std::string address;
  std::string contact_name;
  std::string contact_phone;
};

// Reads and validates an organisation object (fields named with the reader's prefix). Throws ApiError.
OrgInput read_org_input(http::BodyReader& body);

// Inserts; a duplicate credit code is a 409 CREDIT_CODE_TAKEN. `reviewer` is set for organisations a bureau
// creates directly (already approved).
std::int64_t insert_org(db::Connection& c, const OrgInput& in, const std::string& status, std::int64_t now_ms,
                        std::optional<std::int64_t> reviewer);

// A row of KC_ORG_COLUMNS as the API's JSON.
boost::json::object org_json(const db::Row& r);

// LIKE pattern escaping for user-typed fragments (used with ESCAPE '\').
std::string like_escape(const std::string& s);

}  // namespace kc::registry
