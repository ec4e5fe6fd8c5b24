#include "modules/registry/platforms.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/registry/domain/platform_document.hpp"
#include "modules/registry/domain/platform_kind.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::registry {

namespace json = boost::json;

namespace {

void require_code(const std::vector<PlatformCode>& table, const std::string& value, const char* field, const char* what) {
  if (value.empty()) throw ApiError(Err::FieldMissing, std::string(what) + "不能为空", field);
  if (platform_code_name(table, value).empty()) throw ApiError(Err::FieldInvalid, std::string(what) + "不正确", field);
}

void require_date(const std::optional<std::string>& date, const char* field, const char* what) {
  if (date && !is_civil_date(*date)) throw ApiError(Err::FieldInvalid, std::string(what) + "应写作 YYYY-MM-DD", field);
}

// An empty string clears an optional text field.
std::optional<std::string> optional_text(std::optional<std::string> v) {
  return v && v->empty() ? std::nullopt : v;
}

json::value text_or_null(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }

}  // namespace

PlatformInput read_platform_fields(http::BodyReader& body, PlatformInput in) {
  in.name = body.opt_str("name", 100).value_or(in.name);
  in.type = body.opt_str("type", 40).value_or(in.type);
  in.level = body.opt_str("level", 20).value_or(in.level);
  in.host_org_id = body.opt_int64("host_org_id").value_or(in.host_org_id);
  in.status = body.opt_str("status", 20).value_or(in.status);
  if (auto v = body.opt_str("recognised_on", 10)) in.recognised_on = optional_text(v);
  in.document_no = body.opt_str("document_no", 50).value_or(in.document_no);
  if (auto v = body.opt_str("field_code", 10)) in.field_code = optional_text(v);
  in.contact_name = body.opt_str("contact_name", 50).value_or(in.contact_name);
  in.contact_phone = body.opt_str("contact_phone", 30).value_or(in.contact_phone);
  return in;
}

void validate_platform(PlatformInput& in) {
  if (in.name.empty()) throw ApiError(Err::FieldMissing, "平台名称不能为空", "name");
  require_code(platform_types(), in.type, "type", "平台类型");
  require_code(platform_levels(), in.level, "level", "平台级别");
  if (in.host_org_id <= 0) throw ApiError(Err::FieldMissing, "依托单位不能为空", "host_org_id");
  // Revocation has its own action (with a date and a reason); an edit may only move between the other two.
  if (in.status != "recognised" && in.status != "under_review")
    throw ApiError(Err::FieldInvalid, "状态应为 recognised（已认定）或 under_review（认定审核中）", "status");
  require_date(in.recognised_on, "recognised_on", "认定日期");
  if (!in.document_no.empty()) {
    auto normalised = normalise_document_number(in.document_no);
    if (!normalised) throw ApiError(Err::FieldInvalid, "认定文号应形如 豫科〔2023〕12号", "document_no");
    in.document_no = *normalised;
  }
  if (in.status == "recognised" && !in.recognised_on) throw ApiError(Err::FieldMissing, "已认定的平台须填写认定日期", "recognised_on");
  if (in.status == "recognised" && in.document_no.empty())
    throw ApiError(Err::FieldMissing, "已认定的平台须填写认定文号", "document_no");
  if (in.field_code && !find_hightech_field(*in.field_code))
    throw ApiError(Err::FieldInvalid, "技术领域代码不在《国家重点支持的高新技术领域》中", "field_code");
}

PlatformInput platform_input_of(const db::Row& r) {
  PlatformInput in;
  in.name = r.text(1);
  in.type = r.text(2);
  in.level = r.text(3);
  in.host_org_id = r.i64(4);
  in.recognised_on = r.opt_text(7);
  in.document_no = r.text(8);
  in.field_code = r.opt_text(9);
  in.contact_name = r.text(10);
  in.contact_phone = r.text(11);
  in.status = r.text(12);
  return in;
}

json::object platform_json(const db::Row& r) {
  std::string type = r.text(2), level = r.text(3), region = r.text(6), status = r.text(12);
  auto field = r.opt_text(9);
  const HightechField* field_row = field ? find_hightech_field(*field) : nullptr;
  return json::object{{"id", r.i64(0)},
                      {"name", r.text(1)},
                      {"type", type},
                      {"type_name", platform_code_name(platform_types(), type)},
                      {"level", level},
                      {"level_name", platform_code_name(platform_levels(), level)},
                      {"host_org_id", r.i64(4)},
                      {"host_org_name", r.text(5)},
                      {"region_code", region},
                      {"region_name", region_name(region)},
                      {"recognised_on", text_or_null(r.opt_text(7))},
                      {"document_no", r.text(8)},
                      {"field_code", text_or_null(field)},
                      {"field_name", field_row ? field_row->name : ""},
                      {"contact_name", r.text(10)},
                      {"contact_phone", r.text(11)},
                      {"status", status},
                      {"status_name", platform_code_name(platform_statuses(), status)},
                      {"revoked_on", text_or_null(r.opt_text(13))},
                      {"revoke_reason", r.text(14)},
                      {"created_at", api::iso_time(r.i64(15))},
                      {"updated_at", api::iso_time(r.i64(16))}};
}

}  // namespace kc::registry
