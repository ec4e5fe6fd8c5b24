#include "modules/cultivation/domain/annual_report.hpp"

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/field_error.hpp"
#include "modules/cultivation/domain/json_reader.hpp"

namespace kc::cultivation {
namespace {

// Runs one contract parser on a section of the report; its errors name the field under the section.
template <class Fn>
auto within_section(const std::string& section, Fn fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const ApiError& e) {
    if (e.field().empty()) throw;
    std::string field = section + "." + e.field();
    std::string detail = e.detail().rfind(e.field(), 0) == 0 ? section + "." + e.detail() : e.detail();
    throw ApiError(e.err(), detail, field);
  }
}

std::string text_at(const boost::json::object& o, std::string_view key) {
  return std::string(o.at(key).as_string());
}

StoredAssessment stored(boost::json::object result, std::string_view total_path_first, std::string_view total_key) {
  StoredAssessment s;
  s.outcome = text_at(result, "outcome");
  s.rule_set = text_at(result.at("rule_set").as_object(), "id");
  s.total = static_cast<int>(result.at(total_path_first).as_object().at(total_key).to_number<std::int64_t>());
  s.result = std::move(result);
  return s;
}

// 高新技术企业证书 as filed: {number, issued_on, expires_on}, kept with the report (the tech-sme section's
// direct.hnte_cert_valid is what the rules read; the dates let an officer check it).
boost::json::object hnte_certificate(JsonObjectReader r) {
  auto number = r.text("number");
  if (number.size() > 60) reject_field(r.path_of("number"), "证书编号过长");
  auto issued = r.date("issued_on");
  auto expires = r.date("expires_on");
  r.finish();
  if (expires.days_since(issued) <= 0) reject_field(r.path_of("expires_on"), "有效期截止日应晚于发证日期");
  return {{"number", number}, {"issued_on", issued.to_string()}, {"expires_on", expires.to_string()}};
}

}  // namespace

AssessedAnnualReport assess_annual_report(const boost::json::value& body) {
  JsonObjectReader reader(body, "");
  AssessedAnnualReport report;
  report.fiscal_year = reader.integer("fiscal_year", kMinFiscalYear, kMaxFiscalYear);
  auto registration_date = reader.optional_text("registration_date");
  if (registration_date && !CivilDate::parse(*registration_date))
    reject_field("registration_date", "成立日期应为 YYYY-MM-DD");
  reader.object("tech_sme");
  bool has_high_tech = reader.optional_object("high_tech").has_value();
  auto certificate = reader.optional_object("hnte_certificate");
  if (certificate) report.data["hnte_certificate"] = hnte_certificate(*certificate);
  reader.finish();
  const auto& root = body.as_object();
  if (registration_date) report.data["registration_date"] = *registration_date;

  const auto& sme_body = root.at("tech_sme");
  auto sme_input = within_section("tech_sme", [&] { return parse_tech_sme_input(sme_body); });
  if (sme_input.evaluation_year != report.fiscal_year + 1)
    reject_field("tech_sme.evaluation_year", "评价年度应为财务年度的次年：" + std::to_string(report.fiscal_year + 1));
  report.figures = {sme_input.employees_total, sme_input.tech_staff, sme_input.sales_revenue_wan,
                    sme_input.rd_expense_wan};
  report.tech_sme = stored(within_section("tech_sme", [&] { return assess_tech_sme_json(sme_body); }), "scores", "total");
  report.data["tech_sme"] = sme_body;
  std::optional<CivilDate> founded = registration_date ? CivilDate::parse(*registration_date) : std::nullopt;

  if (has_high_tech) {
    const auto& hnte_body = root.at("high_tech");
    auto hnte_input = within_section("high_tech", [&] { return parse_high_tech_input(hnte_body); });
    if (hnte_input.latest_year.year != report.fiscal_year)
      reject_field("high_tech.latest_year.year", "最近一年应为年报的财务年度：" + std::to_string(report.fiscal_year));
    if (registration_date && CivilDate::parse(*registration_date)->days_since(hnte_input.registration_date) != 0)
      reject_field("registration_date", "与 high_tech.registration_date 不一致");
    report.high_tech =
        stored(within_section("high_tech", [&] { return assess_high_tech_json(hnte_body); }), "innovation", "total");
    report.data["high_tech"] = hnte_body;
    founded = hnte_input.registration_date;
  }
  report.reserve_facts = reserve_facts_of(sme_input, founded);
  return report;
}

}  // namespace kc::cultivation
