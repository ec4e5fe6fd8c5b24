#pragma once
// Experts (专家) and technology-transfer agencies (技术转移机构): profiles with fields and keywords (issue 4
// "Records and publishing"), submitted by an organisation or entered by bureau staff, reviewed like demands and
// achievements, and searchable once published. Contact fields are never public.
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/json_body.hpp"
#include "modules/market/search_index.hpp"

namespace kc::market {

enum class ProfileKind { Expert, Agency };
const char* profile_kind_code(ProfileKind k);  // "expert" | "agency"
const char* profile_kind_name(ProfileKind k);  // 专家 | 技术转移机构
const SearchTarget& profile_target(ProfileKind k);

struct ProfileInput {
  std::string name, professional_title, keywords, summary, region_code, contact_name, contact_phone, contact_email;
  std::optional<std::int64_t> org_id;  // a registry organisation
  std::string org_name;                // experts without a linked organisation
  std::vector<std::string> fields, industries;
  std::optional<std::string> external_id;
};

// Throws ApiError naming the field. Organisation users may only link (and, for agencies, default to) their own
// organisation; bureau staff must name the agency's organisation.
ProfileInput read_profile_input(http::BodyReader& body, ProfileKind kind, const api::Principal& me);

// Inserts a pending profile; a registry link fills the organisation's name (and an agency's name and region when
// absent). A duplicate external_id of the same kind is a 409 CONFLICT.
std::int64_t insert_profile(db::Connection& c, ProfileKind kind, ProfileInput in, const api::Principal& me, EpochMs now);

// What the search index holds of a profile row (columns of KC_PROFILE_COLUMNS).
IndexedText profile_index_text(const search::Segmenter& s, const db::Row& r);

boost::json::object profile_json(const db::Row& r, bool with_contact);

// "," + codes joined by "," + "," (the comma-framed lists search filters match with one LIKE).
std::string comma_framed(const std::vector<std::string>& codes);
std::vector<std::string> split_comma_framed(const std::string& list);

}  // namespace kc::market
