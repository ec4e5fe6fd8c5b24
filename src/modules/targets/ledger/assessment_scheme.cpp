#include "modules/targets/ledger/assessment_scheme.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/targets/ledger/domain/decimal.hpp"

namespace kc::targets::ledger {
namespace {

namespace json = boost::json;

const db::Query kLatest{"ledger.scheme_latest",
                        "SELECT version, scheme, created_by, created_at FROM ledger_assessment_schemes WHERE year = $1 "
                        "ORDER BY version DESC LIMIT 1"};
const db::Query kVersion{"ledger.scheme_version",
                         "SELECT version, scheme, created_by, created_at FROM ledger_assessment_schemes WHERE year = $1 AND version = $2"};
const db::Query kVersions{"ledger.scheme_versions",
                          "SELECT version, scheme, created_by, created_at FROM ledger_assessment_schemes WHERE year = $1 ORDER BY version DESC"};
const db::Query kInsert{"ledger.scheme_insert",
                        "INSERT INTO ledger_assessment_schemes (year, version, scheme, created_by, created_at) "
                        "SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4 FROM ledger_assessment_schemes WHERE year = $1 "
                        "RETURNING version"};

std::int64_t whole(http::BodyReader& body, const char* key, std::int64_t fallback, std::int64_t min, std::int64_t max,
                   const char* message) {
  auto v = body.opt_int64(key).value_or(fallback);
  if (v < min || v > max) throw ApiError(Err::FieldInvalid, message, key);
  return v;
}

// A decimal given as a string ("0.5") or a whole JSON number, within [min, max] (scaled by 10^4).
std::int64_t decimal_field(const json::value& v, const std::string& field, std::int64_t min, std::int64_t max,
                           const char* message) {
  std::optional<std::int64_t> d;
  if (v.is_string()) d = parse_decimal(std::string_view(v.as_string()));
  else if (v.is_int64() && v.as_int64() >= 0 && v.as_int64() <= 1'000'000) d = v.as_int64() * kDecimalScale;
  if (!d || *d < min || *d > max) throw ApiError(Err::FieldInvalid, message, field);
  return *d;
}

std::map<std::int64_t, std::int64_t> item_weights(const json::value* v) {
  std::map<std::int64_t, std::int64_t> out;
  if (!v) return out;
  if (!v->is_object() || v->as_object().size() > 5000) throw ApiError(Err::FieldInvalid, "item_weights 应为 {事项编号: 权重}", "item_weights");
  for (const auto& [key, weight] : v->as_object()) {
    std::string field = "item_weights." + std::string(key);
    if (key.empty() || key.size() > 18 || key.find_first_not_of("0123456789") != std::string_view::npos)
      throw ApiError(Err::FieldInvalid, "事项编号应为整数", field);
    out[std::stoll(std::string(key))] = decimal_field(weight, field, 1, 100 * kDecimalScale, "权重应在 0（不含）到 100 之间");
  }
  return out;
}

json::object weights_json(const std::map<std::int64_t, std::int64_t>& weights) {
  json::object out;
  for (const auto& [id, w] : weights) out[std::to_string(id)] = format_decimal(w);
  return out;
}

StoredScheme stored_of(int year, const db::Row& r) {
  auto body = json::parse(r.text(1)).as_object();
  return {year, r.i64(0), read_scheme(body), r.opt_i64(2), r.i64(3)};
}

}  // namespace

AssessmentScheme read_scheme(const json::object& object) {
  http::BodyReader body(object, "");
  AssessmentScheme s;
  s.target_points = whole(body, "target_points", s.target_points, 0, 100, "target_points 应为 0–100 的整数分值");
  s.task_points = whole(body, "task_points", s.task_points, 0, 100, "task_points 应为 0–100 的整数分值");
  if (s.target_points + s.task_points != 100)
    throw ApiError(Err::FieldInvalid, "目标与任务两类分值之和应为 100", "task_points");
  s.on_time_percent = whole(body, "on_time_percent", s.on_time_percent, 0, 100, "on_time_percent 应为 0–100 的整数");
  s.cap_percent = body.opt_int64("cap_percent").value_or(s.cap_percent);
  if (s.cap_percent != 100 && s.cap_percent != 120) throw ApiError(Err::FieldInvalid, "完成率封顶应为 100 或 120", "cap_percent");
  if (const auto* penalty = body.raw("overdue_penalty"))
    s.overdue_penalty = decimal_field(*penalty, "overdue_penalty", 0, 100 * kDecimalScale, "逾期扣分应为 0–100 的数值（如 \"0.5\"）");
  s.item_weights = item_weights(body.raw("item_weights"));
  body.done();
  return s;
}

json::object scheme_json(const StoredScheme& s) {
  return {{"year", s.year},
          {"version", s.version},
          {"target_points", s.scheme.target_points},
          {"task_points", s.scheme.task_points},
          {"on_time_percent", s.scheme.on_time_percent},
          {"cap_percent", s.scheme.cap_percent},
          {"overdue_penalty", format_decimal(s.scheme.overdue_penalty)},
          {"item_weights", weights_json(s.scheme.item_weights)},
          {"created_by", s.created_by ? json::value(*s.created_by) : json::value(nullptr)},
          {"created_at", s.version == 0 ? json::value(nullptr) : json::value(api::iso_time(s.created_at))}};
}

std::optional<StoredScheme> load_scheme(db::Connection& c, int year, std::optional<std::int64_t> version) {
  if (version && *version == 0) return StoredScheme{year, 0, {}, std::nullopt, 0};
  auto row = version ? c.query_one(kVersion, {std::int64_t{year}, *version}) : c.query_one(kLatest, {std::int64_t{year}});
  if (row) return stored_of(year, *row);
  if (version) return std::nullopt;
  return StoredScheme{year, 0, {}, std::nullopt, 0};
}

StoredScheme save_scheme(db::Connection& c, int year, const AssessmentScheme& scheme, std::int64_t user_id, std::int64_t now) {
  StoredScheme stored{year, 0, scheme, user_id, now};
  auto body = scheme_json(stored);
  for (auto key : {"year", "version", "created_by", "created_at"}) body.erase(key);
  stored.version = c.query_one(kInsert, {std::int64_t{year}, json::serialize(body), user_id, now})->i64(0);
  return stored;
}

std::vector<StoredScheme> scheme_versions(db::Connection& c, int year) {
  std::vector<StoredScheme> out;
  for (const auto& r : c.query(kVersions, {std::int64_t{year}})) out.push_back(stored_of(year, r));
  return out;
}

}  // namespace kc::targets::ledger
