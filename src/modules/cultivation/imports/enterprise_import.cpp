#include "modules/cultivation/imports/enterprise_import.hpp"

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/orgs.hpp"
#include "modules/registry/repository.hpp"
#include "tabular/imports/routes.hpp"

namespace kc::cultivation {
namespace {

namespace json = boost::json;
using tabular::FieldKind;
using tabular::FieldSpec;

const std::vector<FieldSpec>& enterprise_fields() {
  static const std::vector<FieldSpec> fields{
      {"name", "单位名称", FieldKind::Text, true, "营业执照上的名称", "平顶山示例科技有限公司"},
      {"credit_code", "统一社会信用代码", FieldKind::Text, true, "18位，GB 32100 校验", "91410421356789129T"},
      {"region_code", "行政区划代码", FieldKind::Text, true, "6位，GB/T 2260，县级；须在本辖区内", "410421"},
      {"industry_code", "行业代码", FieldKind::Text, false, "GB/T 4754-2017 门类、大类、中类或小类代码", "6513"},
      {"address", "地址", FieldKind::Text, false, "最多200字", "宝丰县示例路1号"},
      {"contact_name", "联系人", FieldKind::Text, false, "最多50字", "张三"},
      {"contact_phone", "联系电话", FieldKind::Text, false, "最多30字", "0375-1234567"},
  };
  return fields;
}

// The row through the registry's reader: the same rules and messages as POST /api/v1/orgs.
registry::OrgInput read_enterprise(const json::object& row) {
  json::object org = row;
  org["kind"] = "enterprise";  // an import of enterprises; the kind is not a column
  http::BodyReader body(org, "");
  auto in = registry::read_org_input(body);
  body.done();
  return in;
}

void check_enterprise(const imports::Importer& who, db::Connection& c, const json::object& row) {
  auto in = read_enterprise(row);
  if (who.principal && !registry::org_in_scope(registry::org_scope_for(*who.principal), 0, in.region_code, false))
    throw ApiError(Err::Forbidden, "只能导入本辖区的企业", "region_code");
  if (c.query_one(registry::sql::kCreditCodeExists, {in.credit_code}))
    throw ApiError(Err::CreditCodeTaken, in.credit_code + " 已登记，导入不会修改已有单位", "credit_code");
}

std::int64_t create_enterprise(const imports::Importer& who, db::Connection& c, const json::object& row) {
  std::optional<std::int64_t> reviewer;
  if (who.principal) reviewer = who.principal->user_id;
  return registry::insert_org(c, read_enterprise(row), "approved", who.now, reviewer);
}

}  // namespace

const imports::ImportKind& enterprise_import_kind() {
  static const imports::ImportKind kind{
      .name = "enterprises",
      .title = "企业",
      .fields = enterprise_fields(),
      .notes = {"企业名单导入模板：第一个工作表第一行为表头，从第二行起每行一家企业；带 * 的列必填。",
                "也可上传 CSV（UTF-8 或 Excel 另存的 GBK 编码均可），表头用中文列名或字段名。",
                "上传后先校验，列出每行的错误；确认后才导入。已登记的统一社会信用代码会报错，不会覆盖已有单位。",
                "导入的企业直接为“已审核”状态；区县科技局只能导入本辖区的企业。"},
      .unique_fields = {"credit_code"},
      .option_names = {},
      .check = check_enterprise,
      .create = create_enterprise,
      .prepare = {},
  };
  return kind;
}

void register_enterprise_import(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("cultivation.imports", {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer});
  imports::register_import_routes(api, {"/api/v1/cultivation/imports", "cultivation.imports", "cultivation.imports",
                                        {&enterprise_import_kind()}});
}

}  // namespace kc::cultivation
