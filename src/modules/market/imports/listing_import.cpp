#include "modules/market/imports/listing_import.hpp"

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/market/listing_repository.hpp"
#include "modules/market/listing_types.hpp"
#include "modules/market/listings.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/scope.hpp"
#include "tabular/imports/routes.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using tabular::FieldKind;
using tabular::FieldSpec;

const db::Query kExternalIdTaken{"market.import_external_id",
                                 "SELECT 1 FROM market_listings WHERE type = $1 AND external_id = $2"};
const db::Query kOrgByCreditCode{"market.import_org", "SELECT id, status, region_code FROM orgs WHERE credit_code = $1"};

std::vector<FieldSpec> common_fields(ListingType type) {
  bool demand = type == ListingType::Demand;
  return {
      {"title", "标题", FieldKind::Text, true, "最多100字", demand ? "高精度锂电池隔膜涂布工艺" : "一种锂电池隔膜涂布方法"},
      {demand ? "description" : "abstract", demand ? "需求描述" : "成果简介", FieldKind::Text, true, "最多5000字",
       demand ? "寻求隔膜涂布均匀性提升方案" : "通过改进涂布工艺提升隔膜一致性"},
      {"keywords", "关键词", FieldKind::Text, false, "以逗号或空格分隔", "锂电池 隔膜 涂布"},
      {"hightech_field_code", "高新技术领域代码", FieldKind::Text, true, "《国家重点支持的高新技术领域》代码", "10101"},
      {"industry_code", "行业代码", FieldKind::Text, false, "GB/T 4754-2017", "6513"},
      {"region_code", "行政区划代码", FieldKind::Text, true, "6位，GB/T 2260", "410421"},
  };
}

std::string names_of(const std::vector<CodeName>& list) {
  std::string s;
  for (const auto& c : list) s += (s.empty() ? "" : "、") + std::string(c.name);
  return s;
}

std::vector<FieldSpec> type_fields(ListingType type) {
  if (type == ListingType::Demand)
    return {{"cooperation_mode", "合作方式", FieldKind::Text, true, names_of(cooperation_modes()), "委托开发"},
            {"budget_min_fen", "预算下限（元）", FieldKind::Yuan, false, "元，最多两位小数", "100000"},
            {"budget_max_fen", "预算上限（元）", FieldKind::Yuan, false, "元，最多两位小数", "500000"},
            {"deadline", "截止日期", FieldKind::Date, false, "不早于今天", "2027-06-30"}};
  return {{"transfer_mode", "转化方式", FieldKind::Text, true, names_of(transfer_modes()), "转让"},
          {"maturity", "成熟度", FieldKind::Text, true, names_of(maturities()), "中试"},
          {"patents", "相关专利", FieldKind::Text, false, "专利号，多个以逗号分隔", "ZL202110000000.0"},
          {"team", "团队", FieldKind::Text, false, "最多500字", "某大学材料学院"},
          {"price_fen", "价格（元）", FieldKind::Yuan, false, "空白表示面议", "800000"}};
}

std::vector<FieldSpec> listing_fields(ListingType type) {
  auto fields = common_fields(type);
  for (auto& f : type_fields(type)) fields.push_back(std::move(f));
  fields.push_back({"contact_name", "联系人", FieldKind::Text, true, "不对公众显示", "李四"});
  fields.push_back({"contact_phone", "联系电话", FieldKind::Text, true, "不对公众显示", "13800000000"});
  fields.push_back({"external_id", "外部编号", FieldKind::Text, false, "来源系统中的编号，同类记录中唯一；搜索结果返回它", "SRC-0001"});
  fields.push_back({"org_credit_code", "所属单位统一社会信用代码", FieldKind::Text, false,
                    "科技局导入时必填（所属单位须已审核且在本辖区）；单位用户导入时留空", "91410421356789129T"});
  return fields;
}

// A spreadsheet says 委托开发 where the API says entrusted_dev: Chinese names become codes.
void codes_from_names(json::object& row, const char* key, const std::vector<CodeName>& list) {
  auto* v = row.if_contains(key);
  if (!v || !v->is_string()) return;
  for (const auto& c : list)
    if (v->as_string() == c.name) *v = json::string(c.code);
}

bool publishes(const imports::Importer& who) { return !who.principal || auth::is_bureau_role(who.principal->role); }

// The organisation the row's record belongs to; throws naming org_credit_code.
std::int64_t owner_org(const imports::Importer& who, db::Connection& c, const std::string& row_code) {
  std::string code = registry::normalise_credit_code(row_code.empty() ? who.option("org_credit_code") : row_code);
  auto org = code.empty() ? std::nullopt : c.query_one(kOrgByCreditCode, {code});
  if (!publishes(who)) {
    if (!who.principal->org_id) throw ApiError(Err::Forbidden, "只有单位用户可以提交");
    if (!code.empty() && (!org || org->i64(0) != *who.principal->org_id))
      throw ApiError(Err::FieldInvalid, "单位用户只能导入本单位的记录（可留空）", "org_credit_code");
    return *who.principal->org_id;
  }
  if (code.empty()) throw ApiError(Err::FieldMissing, "请填写所属单位统一社会信用代码", "org_credit_code");
  if (!org) throw ApiError(Err::FieldInvalid, "所属单位 " + code + " 未登记", "org_credit_code");
  if (org->text(1) != "approved") throw ApiError(Err::FieldInvalid, "所属单位 " + code + " 尚未审核通过", "org_credit_code");
  if (who.principal && !registry::org_in_scope(registry::org_scope_for(*who.principal), org->i64(0), org->text(2), false))
    throw ApiError(Err::FieldInvalid, "所属单位 " + code + " 不在本辖区", "org_credit_code");
  return org->i64(0);
}

struct ListingRow {
  ListingInput input;
  std::int64_t org_id;
};

ListingRow read_row(ListingType type, const imports::Importer& who, db::Connection& c, const json::object& raw) {
  json::object row = raw;
  codes_from_names(row, "cooperation_mode", cooperation_modes());
  codes_from_names(row, "transfer_mode", transfer_modes());
  codes_from_names(row, "maturity", maturities());
  http::BodyReader body(row, "");
  auto input = read_listing_input(body, type, who.now);
  std::string org_code = body.opt_str("org_credit_code", 18).value_or("");
  body.done();
  auto org_id = owner_org(who, c, org_code);
  if (input.external_id && c.query_one(kExternalIdTaken, {std::string(listing_type_code(type)), *input.external_id}))
    throw ApiError(Err::FieldInvalid, "external_id " + *input.external_id + " 已存在", "external_id");
  return {std::move(input), org_id};
}

std::int64_t create_listing(ListingType type, const imports::Importer& who, db::Connection& c, const json::object& raw) {
  auto row = read_row(type, who, c, raw);
  auto id = insert_listing(c, type, row.input, row.org_id, who.user_id(), who.now);
  if (publishes(who)) {
    db::Value reviewer = who.principal ? db::Value(who.user_id()) : db::kNull;
    c.exec(sql::kReviewListing, {id, std::string("published"), std::string(), who.now, reviewer});
    const auto& seg = segmenter(who.data_dir);
    index_listing(c, type, id, index_text(seg, row.input.title, row.input.keywords, row.input.body));
  }
  return id;
}

imports::ImportKind make_kind(ListingType type) {
  bool demand = type == ListingType::Demand;
  return imports::ImportKind{
      .name = demand ? "demands" : "achievements",
      .title = listing_type_name(type),
      .fields = listing_fields(type),
      .notes = {std::string(listing_type_name(type)) + "导入模板：第一个工作表第一行为表头，从第二行起每行一条；带 * 的列必填。",
                "也可上传 CSV（UTF-8 或 GBK）或 JSON Lines（每行一个对象，字段名同 API，金额为分）。",
                "科技局导入的记录直接发布并可被检索；单位用户导入的记录进入待审核。",
                "上传后先校验，列出每行的错误；确认后才导入。"},
      .unique_fields = {"external_id"},
      .option_names = {"org_credit_code"},
      .check = [type](const imports::Importer& who, db::Connection& c,
                      const json::object& row) { read_row(type, who, c, row); },
      .create = [type](const imports::Importer& who, db::Connection& c,
                       const json::object& row) { return create_listing(type, who, c, row); },
      // Load the dictionary before the write lease: the first load reads a 5 MB file.
      .prepare = [](const imports::Importer& who) {
        if (!publishes(who)) return;
        prepare_dictionary(who.data_dir);
        segmenter(who.data_dir);
      },
  };
}

}  // namespace

const imports::ImportKind& listing_import_kind(ListingType type) {
  static const imports::ImportKind demands = make_kind(ListingType::Demand);
  static const imports::ImportKind achievements = make_kind(ListingType::Achievement);
  return type == ListingType::Demand ? demands : achievements;
}

void register_listing_import(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  perms.grant("market.imports",
              {Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer, Role::OrgAdmin, Role::OrgUser});
  imports::register_import_routes(
      api, {"/api/v1/market/imports", "market.imports", "market.imports",
            {&listing_import_kind(ListingType::Achievement), &listing_import_kind(ListingType::Demand)}});
}

}  // namespace kc::market
