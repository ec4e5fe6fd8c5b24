#pragma once
// Demands and achievements: reading a submission, storing it, and its JSON forms (full for the owner and the
// bureau, public without any contact field).
#include <boost/json/object.hpp>

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/json_body.hpp"
#include "modules/market/search_index.hpp"

namespace kc::market {

const char* listing_type_code(ListingType t);  // "demand" | "achievement"
const char* listing_type_name(ListingType t);  // 技术需求 | 科技成果

struct ListingInput {
  std::string title, body, keywords, hightech_field, region_code, mode, contact_name, contact_phone;
  std::optional<std::string> industry_code, external_id;
  // demand
  std::optional<std::int64_t> budget_min_fen, budget_max_fen;
  std::string deadline;
  // achievement
  std::string maturity, patents, team;
  std::optional<std::int64_t> price_fen;  // none: 面议 (negotiable)
};

// A text field that must be present and non-empty (FIELD_MISSING naming it), at most `max` characters.
std::string required_text(http::BodyReader& body, std::string_view key, std::size_t max);

// Throws ApiError naming the field.
ListingInput read_listing_input(http::BodyReader& body, ListingType type, EpochMs now);

// Inserts a pending listing of organisation `org_id`; a duplicate external_id of the same type is a 409 CONFLICT.
std::int64_t insert_listing(db::Connection& c, ListingType type, const ListingInput& in, std::int64_t org_id,
                            std::int64_t user_id, EpochMs now);

// Columns of KC_LISTING_COLUMNS.
boost::json::object listing_json(const db::Row& r, bool with_contact);

}  // namespace kc::market
