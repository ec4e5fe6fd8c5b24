// JSON contract of the 科技型中小企业 assessment (assessment-contract.md, "tech-sme").
#include <boost/json.hpp>

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/assessment_json_common.hpp"
#include "modules/cultivation/domain/json_reader.hpp"

namespace kc::cultivation {
namespace {

using namespace json_in;

StandardLevel standard_level(const std::string& code) {
  return code == "international" ? StandardLevel::International
         : code == "national"    ? StandardLevel::National
                                 : StandardLevel::Industry;
}

DirectClaims parse_direct(JsonObjectReader r) {
  DirectClaims d;
  d.hnte_cert_valid = r.optional_boolean("hnte_cert_valid").value_or(false);
  d.provincial_rd_institution = r.optional_boolean("provincial_rd_institution").value_or(false);
  if (auto award = r.optional_object("national_sci_award")) {
    d.national_sci_award = NationalAward{.year = award->integer("year", 0, kMaxYear),
                                         .name = award->text("name"),
                                         .rank_among_units = award->integer("rank_among_units", 0, kMaxCount)};
    award->finish();
  }
  if (auto standard = r.optional_object("led_standard")) {
    d.led_standard = LedStandard{.year = standard->integer("year", 0, kMaxYear),
                                 .level = standard_level(standard->choice("level", {"international", "national", "industry"})),
                                 .rank = standard->integer("rank", 0, kMaxCount)};
    standard->finish();
  }
  r.finish();
  return d;
}

std::vector<SmeIpItem> parse_ip(JsonObjectReader& r) {
  const auto& items = r.array("ip", kMaxIpItems);
  std::vector<SmeIpItem> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    JsonObjectReader item(items[i], element_path(r.path_of("ip"), i));
    SmeIpItem ip;
    ip.ip_class = ip_class(item.choice("class", {"I", "II", "TM"}));
    ip.kind = item.text("kind");
    ip.valid = item.boolean("valid");
    ip.related_to_main_product = item.boolean("related_to_main_product");
    ip.disputed = item.optional_boolean("disputed").value_or(false);
    item.optional_text("note");
    item.finish();
    out.push_back(std::move(ip));
  }
  return out;
}

boost::json::object points_band(const PointsScore& s) { return {{"points", s.points}, {"band", s.band}}; }

boost::json::object scores_json(const TechSmeScores& s) {
  return {
      {"tech_staff", points_band(s.tech_staff)},
      {"rd_by_sales", points_band(s.rd_by_sales)},
      {"rd_by_cost", points_band(s.rd_by_cost)},
      {"rd_used", {{"points", s.rd_points_used()},
                   {"method", method_code(s.rd_method_used)},
                   {"chosen_by_enterprise", s.rd_method_chosen_by_enterprise},
                   {"suggested_method", method_code(s.rd_method_suggested)}}},
      {"ip", points_band(s.ip)},
      {"total", s.total},
  };
}

}  // namespace

TechSmeInput parse_tech_sme_input(const boost::json::value& body) {
  JsonObjectReader r(body, "");
  TechSmeInput in;
  in.evaluation_year = r.integer("evaluation_year", 0, kMaxYear);
  in.resident_enterprise_cn_mainland = r.boolean("resident_enterprise_cn_mainland");
  in.accounting_sound_and_audit_collection = r.boolean("accounting_sound_and_audit_collection");
  in.industry = r.text("industry");
  in.major_incident_or_serious_dishonesty = r.boolean("major_incident_or_serious_dishonesty");
  in.on_abnormal_or_dishonest_list = r.boolean("on_abnormal_or_dishonest_list");
  in.direct = parse_direct(r.object("direct"));
  in.employees_total = r.integer("employees_total", 0, kMaxCount);
  in.tech_staff = r.integer("tech_staff", 0, kMaxCount);
  in.sales_revenue_wan = r.money("sales_revenue_wan");
  in.total_assets_wan = r.money("total_assets_wan");
  in.rd_expense_wan = r.money("rd_expense_wan");
  in.cost_expense_total_wan = r.money("cost_expense_total_wan");
  if (const auto method = r.optional_choice("rd_method", {"sales", "cost"}))
    in.rd_method = *method == "sales" ? RdMethod::BySales : RdMethod::ByCost;
  in.ip = parse_ip(r);
  r.finish();
  return in;
}

boost::json::object tech_sme_result_json(const TechSmeResult& r) {
  return {
      {"outcome", outcome_code(r.outcome)},
      {"eligibility_pass", r.eligibility_pass()},
      {"eligibility_failures", json_out::findings(r.eligibility_failures)},
      {"direct_qualification_hits", json_out::findings(r.direct_qualification_hits)},
      {"scores", scores_json(r.scores)},
      {"score_path_pass", r.score_path_pass},
      {"score_path_fail_reasons", json_out::strings(r.score_path_fail_reasons)},
      {"counted_ip", {{"class_I", r.counted_class_i}, {"class_II", r.counted_class_ii}}},
      {"ratios_pct", {{"tech_staff_ratio", json_out::percent(r.tech_staff_ratio)},
                      {"rd_to_sales", json_out::percent(r.rd_to_sales)},
                      {"rd_to_cost", json_out::percent(r.rd_to_cost)}}},
      {"manual_review", json_out::strings(r.manual_review)},
      {"rule_set", json_out::rule_set(r.rule_set)},
  };
}

boost::json::object assess_tech_sme_json(const boost::json::value& body) {
  return tech_sme_result_json(assess_tech_sme(parse_tech_sme_input(body)));
}

}  // namespace kc::cultivation
