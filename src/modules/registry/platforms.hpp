#pragma once
// Innovation platform records: reading and checking input (the same rules for create and edit), and their JSON.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/db.hpp"
#include "http/json_body.hpp"

namespace kc::registry {

struct PlatformInput {
  std::string name;
  std::string type;
  std::string level;
  std::int64_t host_org_id = 0;
  std::string status = "recognised";
  std::optional<std::string> recognised_on;  // YYYY-MM-DD; required once recognised
  std::string document_no;                   // 发文字号; required once recognised
  std::optional<std::string> field_code;     // 高新技术领域 code
  std::string contact_name;
  std::string contact_phone;
};

// Overlays the fields present in `body` on `base` (all of them for a create, any for an edit).
PlatformInput read_platform_fields(http::BodyReader& body, PlatformInput base);
// The whole record's rules; throws ApiError (400) naming the field in Chinese.
void validate_platform(PlatformInput& in);

// The stored record (a row of a KC_PLATFORM_COLUMNS query) as input, to be overlaid by an edit.
PlatformInput platform_input_of(const db::Row& r);
// A row of KC_PLATFORM_COLUMNS as the API's JSON.
boost::json::object platform_json(const db::Row& r);

}  // namespace kc::registry
