#include "modules/market/listings.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/domain/amounts.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/market/listing_repository.hpp"
#include "modules/market/listing_types.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

const char* listing_type_code(ListingType t) { return t == ListingType::Demand ? "demand" : "achievement"; }
const char* listing_type_name(ListingType t) { return t == ListingType::Demand ? "技术需求" : "科技成果"; }

std::string required_text(http::BodyReader& body, std::string_view key, std::size_t max) {
  std::string v = body.str(key, max);
  if (v.empty()) throw ApiError(Err::FieldMissing, std::string(key) + " 不能为空", std::string(key));
  return v;
}

namespace {

std::string coded(http::BodyReader& body, std::string_view key, const std::vector<CodeName>& list) {
  std::string v = body.str(key, 30);
  if (!find_code(list, v)) {
    std::string allowed;
    for (const auto& c : list) allowed += (allowed.empty() ? "" : "、") + std::string(c.code);
    throw ApiError(Err::FieldInvalid, std::string(key) + " 应为 " + allowed, std::string(key));
  }
  return v;
}

std::optional<std::int64_t> money(http::BodyReader& body, std::string_view key) {
  auto v = body.opt_int64(key);
  if (v && (*v < 0 || *v > kMaxAmountFen))
    throw ApiError(Err::FieldInvalid, std::string(key) + " 应为0至1万亿元之间的分", std::string(key));
  return v;
}

void read_demand_fields(http::BodyReader& body, ListingInput& in, EpochMs now) {
  in.mode = coded(body, "cooperation_mode", cooperation_modes());
  in.budget_min_fen = money(body, "budget_min_fen");
  in.budget_max_fen = money(body, "budget_max_fen");
  if (in.budget_min_fen && in.budget_max_fen && *in.budget_min_fen > *in.budget_max_fen)
    throw ApiError(Err::FieldInvalid, "预算上限不能低于下限", "budget_max_fen");
  in.deadline = body.opt_str("deadline", 10).value_or("");
  if (!in.deadline.empty()) {
    if (in.deadline.size() != 10) throw ApiError(Err::FieldInvalid, "deadline 应为 YYYY-MM-DD", "deadline");
    if (api::parse_time(in.deadline, "deadline") < beijing_day_start_ms(beijing_day(now)) + 8 * 3'600'000)
      throw ApiError(Err::FieldInvalid, "截止日期不能早于今天", "deadline");
  }
}

void read_achievement_fields(http::BodyReader& body, ListingInput& in) {
  in.mode = coded(body, "transfer_mode", transfer_modes());
  in.maturity = coded(body, "maturity", maturities());
  in.patents = body.opt_str("patents", 1000).value_or("");
  in.team = body.opt_str("team", 500).value_or("");
  in.price_fen = money(body, "price_fen");
}

}  // namespace

ListingInput read_listing_input(http::BodyReader& body, ListingType type, EpochMs now) {
  ListingInput in;
  in.title = required_text(body, "title", 100);
  in.body = required_text(body, type == ListingType::Demand ? "description" : "abstract", 5000);
  in.keywords = body.opt_str("keywords", 200).value_or("");
  in.hightech_field = body.str("hightech_field_code", 5);
  if (!registry::find_hightech_field(in.hightech_field))
    throw ApiError(Err::FieldInvalid, "hightech_field_code 不是《国家重点支持的高新技术领域》代码", "hightech_field_code");
  in.industry_code = body.opt_str("industry_code", 5);
  if (in.industry_code && in.industry_code->empty()) in.industry_code.reset();
  if (in.industry_code) registry::require_valid_industry(*in.industry_code, "industry_code");
  in.region_code = body.str("region_code", 6);
  registry::require_valid_region(in.region_code, "region_code");
  if (type == ListingType::Demand) read_demand_fields(body, in, now);
  else read_achievement_fields(body, in);
  in.contact_name = required_text(body, "contact_name", 50);
  in.contact_phone = required_text(body, "contact_phone", 30);
  in.external_id = body.opt_str("external_id", 64);
  if (in.external_id && in.external_id->empty()) in.external_id.reset();
  return in;
}

std::int64_t insert_listing(db::Connection& c, ListingType type, const ListingInput& in, std::int64_t org_id,
                            std::int64_t user_id, EpochMs now) {
  auto org = c.query_one(sql::kListingOrg, {org_id});
  if (!org) throw ApiError(Err::NotFound, "单位不存在");
  auto opt = [](const auto& o) { return o ? db::Value(*o) : db::kNull; };
  try {
    return c.query_one(sql::kInsertListing,
                       {std::string(listing_type_code(type)), org_id, org->text(0), org->text(1), in.title, in.body,
                        in.keywords, in.hightech_field, opt(in.industry_code), in.region_code, in.mode,
                        opt(in.budget_min_fen), opt(in.budget_max_fen), in.deadline, in.maturity, in.patents,
                        opt(in.price_fen), in.team, in.contact_name, in.contact_phone, opt(in.external_id), now,
                        user_id})
        ->i64(0);
  } catch (const db::DbError& e) {
    if (e.unique_violation()) throw ApiError(Err::Conflict, "external_id 已存在", "external_id");
    throw;
  }
}

namespace {
json::value opt_json(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }
const char* status_name(const std::string& s) {
  return s == "pending" ? "待审核" : s == "published" ? "已发布" : s == "rejected" ? "未通过" : "";
}
}  // namespace

json::object listing_json(const db::Row& r, bool with_contact) {
  std::string type = r.text(1);
  bool demand = type == "demand";
  const auto* field = registry::find_hightech_field(r.text(7));
  const auto* mode = find_code(demand ? cooperation_modes() : transfer_modes(), r.text(10));
  auto industry = r.opt_text(8);
  json::object o{{"id", r.i64(0)},
                 {"type", type},
                 {"org_id", r.i64(2)},
                 {"org_name", r.text(3)},
                 {"title", r.text(4)},
                 {demand ? "description" : "abstract", r.text(5)},
                 {"keywords", r.text(6)},
                 {"hightech_field_code", r.text(7)},
                 {"hightech_field_name", field ? field->name : ""},
                 {"industry_code", industry ? json::value(*industry) : json::value(nullptr)},
                 {"industry_name", industry ? registry::industry_name(*industry) : ""},
                 {"region_code", r.text(9)},
                 {"region_name", registry::region_full_name(r.text(9))},
                 {demand ? "cooperation_mode" : "transfer_mode", r.text(10)},
                 {demand ? "cooperation_mode_name" : "transfer_mode_name", mode ? mode->name : ""},
                 {"external_id", r.opt_text(19) ? json::value(*r.opt_text(19)) : json::value(nullptr)},
                 {"status", r.text(20)},
                 {"status_name", status_name(r.text(20))},
                 {"created_at", api::iso_time(r.i64(22))},
                 {"reviewed_at", api::iso_time_or_null(r.opt_i64(23))}};
  if (demand) {
    o["budget_min_fen"] = opt_json(r.opt_i64(11));
    o["budget_max_fen"] = opt_json(r.opt_i64(12));
    o["deadline"] = r.text(13);
  } else {
    const auto* maturity = find_code(maturities(), r.text(14));
    o["maturity"] = r.text(14);
    o["maturity_name"] = maturity ? maturity->name : "";
    o["patents"] = r.text(15);
    o["price_fen"] = opt_json(r.opt_i64(16));
    o["price_negotiable"] = r.is_null(16);
    o["team"] = r.text(24);
  }
  if (with_contact) {
    o["contact_name"] = r.text(17);
    o["contact_phone"] = r.text(18);
    o["reject_reason"] = r.text(21);
  }
  return o;
}

}  // namespace kc::market
