#include "modules/market/profiles.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "auth/roles.hpp"
#include "core/errors.hpp"
#include "modules/market/listings.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

const char* profile_kind_code(ProfileKind k) { return k == ProfileKind::Expert ? "expert" : "agency"; }
const char* profile_kind_name(ProfileKind k) { return k == ProfileKind::Expert ? "专家" : "技术转移机构"; }
const SearchTarget& profile_target(ProfileKind k) { return k == ProfileKind::Expert ? expert_target() : agency_target(); }

std::string comma_framed(const std::vector<std::string>& codes) {
  std::string out = ",";
  for (const auto& c : codes) out += c + ",";
  return out;
}

std::vector<std::string> split_comma_framed(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 1;
  for (std::size_t comma; (comma = list.find(',', start)) != std::string::npos; start = comma + 1)
    if (comma > start) out.push_back(list.substr(start, comma - start));
  return out;
}

namespace {

constexpr std::size_t kMaxCodes = 10;
using CodeCheck = void (*)(const std::string& code, const std::string& field);

void check_hightech(const std::string& code, const std::string& field) {
  if (!registry::find_hightech_field(code))
    throw ApiError(Err::FieldInvalid, field + " 含有不是《国家重点支持的高新技术领域》的代码：" + code, field);
}
void check_industry(const std::string& code, const std::string& field) {
  registry::require_valid_industry(code, field);
}

// An array of distinct codes, each checked; at least one when `required`.
std::vector<std::string> code_list(http::BodyReader& body, const std::string& key, bool required, CodeCheck check) {
  std::vector<std::string> codes;
  const json::value* v = body.raw(key);
  if (v && !v->is_array()) throw ApiError(Err::FieldInvalid, key + " 应为代码数组", key);
  if (v) {
    for (const auto& item : v->as_array()) {
      if (!item.is_string()) throw ApiError(Err::FieldInvalid, key + " 应为代码数组", key);
      std::string code(item.as_string());
      check(code, key);
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
  }
  if (required && codes.empty()) throw ApiError(Err::FieldMissing, key + " 至少需要一个代码", key);
  if (codes.size() > kMaxCodes) throw ApiError(Err::FieldInvalid, key + " 最多10个代码", key);
  return codes;
}

bool is_bureau(const api::Principal& me) { return auth::is_bureau_role(me.role); }

// Organisation users may only link their own organisation; agencies of organisation users default to it.
std::optional<std::int64_t> linked_org(http::BodyReader& body, ProfileKind kind, const api::Principal& me) {
  auto org_id = body.opt_int64("org_id");
  if (!is_bureau(me)) {
    if (org_id && org_id != me.org_id) throw ApiError(Err::FieldInvalid, "只能关联本单位", "org_id");
    if (kind == ProfileKind::Agency) org_id = me.org_id;
  }
  if (kind == ProfileKind::Agency && !org_id) throw ApiError(Err::FieldMissing, "请指定技术转移机构所属单位", "org_id");
  return org_id;
}

}  // namespace

ProfileInput read_profile_input(http::BodyReader& body, ProfileKind kind, const api::Principal& me) {
  ProfileInput in;
  bool expert = kind == ProfileKind::Expert;
  in.org_id = linked_org(body, kind, me);
  in.name = expert ? required_text(body, "name", 50) : body.opt_str("name", 100).value_or("");
  if (expert) {
    in.org_name = body.opt_str("org_name", 100).value_or("");
    in.professional_title = body.opt_str("professional_title", 50).value_or("");
  }
  in.fields = code_list(body, "hightech_field_codes", true, check_hightech);
  in.industries = code_list(body, "industry_codes", false, check_industry);
  in.keywords = body.opt_str("keywords", 200).value_or("");
  in.summary = required_text(body, expert ? "research_summary" : "services", 3000);
  in.region_code = body.opt_str("region_code", 6).value_or("");
  if (!in.region_code.empty()) registry::require_valid_region(in.region_code, "region_code");
  else if (expert) throw ApiError(Err::FieldMissing, "region_code 不能为空", "region_code");
  in.contact_name = required_text(body, "contact_name", 50);
  in.contact_phone = required_text(body, "contact_phone", 30);
  in.contact_email = body.opt_str("contact_email", 100).value_or("");
  in.external_id = body.opt_str("external_id", 64);
  if (in.external_id && in.external_id->empty()) in.external_id.reset();
  return in;
}

std::int64_t insert_profile(db::Connection& c, ProfileKind kind, ProfileInput in, const api::Principal& me, EpochMs now) {
  if (in.org_id) {
    auto org = c.query_one(sql::kProfileOrg, {*in.org_id});
    if (!org) throw ApiError(Err::FieldInvalid, "单位不存在", "org_id");
    in.org_name = org->text(0);
    if (in.name.empty()) in.name = org->text(0);
    if (in.region_code.empty()) in.region_code = org->text(1);
  }
  auto opt = [](const auto& o) { return o ? db::Value(*o) : db::kNull; };
  try {
    return c.query_one(sql::kInsertProfile,
                       {std::string(profile_kind_code(kind)), in.name, opt(in.org_id), in.org_name,
                        in.professional_title, comma_framed(in.fields), comma_framed(in.industries), in.keywords,
                        in.summary, in.region_code, in.contact_name, in.contact_phone, in.contact_email,
                        opt(in.external_id), is_bureau(me) ? db::kNull : opt(me.org_id), now,
                        me.user_id})
        ->i64(0);
  } catch (const db::DbError& e) {
    if (e.unique_violation()) throw ApiError(Err::Conflict, "external_id 已存在", "external_id");
    throw;
  }
}

IndexedText profile_index_text(const search::Segmenter& s, const db::Row& r) {
  // The organisation and the professional title are searched as body text: 教授 or a university's name finds
  // people, but below a match in the name or keywords.
  return index_text(s, r.text(2), r.text(8), r.text(9) + "\n" + r.text(4) + "\n" + r.text(5));
}

namespace {

json::array named_codes(const std::string& list, std::string (*name_of)(const std::string&)) {
  json::array out;
  for (const auto& code : split_comma_framed(list)) out.push_back(json::object{{"code", code}, {"name", name_of(code)}});
  return out;
}

std::string hightech_name(const std::string& code) {
  const auto* f = registry::find_hightech_field(code);
  return f ? std::string(f->name) : "";
}

const char* status_name(const std::string& s) {
  return s == "pending" ? "待审核" : s == "published" ? "已发布" : s == "rejected" ? "未通过" : "";
}

}  // namespace

json::object profile_json(const db::Row& r, bool with_contact) {
  bool expert = r.text(1) == "expert";
  auto org_id = r.opt_i64(3);
  auto external_id = r.opt_text(14);
  json::object o{{"id", r.i64(0)},
                 {"kind", r.text(1)},
                 {"name", r.text(2)},
                 {"org_id", org_id ? json::value(*org_id) : json::value(nullptr)},
                 {"org_name", r.text(4)},
                 {"hightech_fields", named_codes(r.text(6), hightech_name)},
                 {"industries", named_codes(r.text(7), registry::industry_name)},
                 {"keywords", r.text(8)},
                 {expert ? "research_summary" : "services", r.text(9)},
                 {"region_code", r.text(10)},
                 {"region_name", registry::region_full_name(r.text(10))},
                 {"external_id", external_id ? json::value(*external_id) : json::value(nullptr)},
                 {"status", r.text(16)},
                 {"status_name", status_name(r.text(16))},
                 {"created_at", api::iso_time(r.i64(18))},
                 {"published_at", r.text(16) == "published" ? api::iso_time_or_null(r.opt_i64(19)) : json::value(nullptr)}};
  if (expert) o["professional_title"] = r.text(5);
  if (with_contact) {
    o["contact_name"] = r.text(11);
    o["contact_phone"] = r.text(12);
    o["contact_email"] = r.text(13);
    o["reject_reason"] = r.text(17);
  }
  return o;
}

}  // namespace kc::market
