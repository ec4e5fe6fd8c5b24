// JSON contract of the 高新技术企业 assessment (assessment-contract.md, "high-tech").
#include <boost/json.hpp>

#include "modules/cultivation/domain/assessment_json.hpp"
#include "modules/cultivation/domain/assessment_json_common.hpp"
#include "modules/cultivation/domain/json_reader.hpp"

namespace kc::cultivation {
namespace {

using namespace json_in;

IpAcquisition acquisition(const std::string& code) {
  return code == "self" ? IpAcquisition::SelfDeveloped
         : code == "transfer" ? IpAcquisition::Transfer
         : code == "gift"     ? IpAcquisition::Gift
                              : IpAcquisition::Merger;
}

std::vector<HighTechIpItem> parse_ip(JsonObjectReader& r) {
  const auto& items = r.array("ip", kMaxIpItems);
  std::vector<HighTechIpItem> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    JsonObjectReader item(items[i], element_path(r.path_of("ip"), i));
    HighTechIpItem ip;
    ip.ip_class = ip_class(item.choice("class", {"I", "II", "TM"}));
    ip.kind = item.text("kind");
    ip.acquisition = acquisition(item.choice("acquisition", {"self", "transfer", "gift", "merger"}));
    ip.owned_by_applicant = item.boolean("owned_by_applicant");
    ip.valid = item.boolean("valid");
    ip.supports_main_product = item.boolean("supports_main_product");
    ip.used_in_prior_hnte_application = item.optional_boolean("used_in_prior_hnte_application").value_or(false);
    item.finish();
    out.push_back(std::move(ip));
  }
  return out;
}

std::vector<FiscalYearFigures> parse_fiscal_years(JsonObjectReader& r) {
  const auto& items = r.array("fiscal_years", 3);
  std::vector<FiscalYearFigures> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    JsonObjectReader year(items[i], element_path(r.path_of("fiscal_years"), i));
    out.push_back({.year = year.integer("year", 0, kMaxYear),
                   .sales_wan = year.money("sales_wan"),
                   .rd_wan = year.money("rd_wan"),
                   .rd_domestic_wan = year.money("rd_domestic_wan")});
    year.finish();
  }
  return out;
}

LatestYearIncome parse_latest_year(JsonObjectReader r) {
  LatestYearIncome latest{.year = r.integer("year", 0, kMaxYear),
                          .high_tech_revenue_wan = r.money("high_tech_revenue_wan"),
                          .total_income_wan = r.money("total_income_wan")};
  r.finish();
  return latest;
}

OrgManagementPicks parse_org(JsonObjectReader r) {
  // Ranges are checked by the rules, which know the maxima (6/6/4/4).
  OrgManagementPicks org{.m1 = r.integer("m1", -1000, 1000), .m2 = r.integer("m2", -1000, 1000),
                         .m3 = r.integer("m3", -1000, 1000), .m4 = r.integer("m4", -1000, 1000)};
  r.finish();
  return org;
}

InnovationPicks parse_innovation(JsonObjectReader r) {
  constexpr int kPickLimit = 1000;  // the rules check each pick against its band
  InnovationPicks p;
  p.advancement = r.integer("advancement", -kPickLimit, kPickLimit);
  p.core_support = r.integer("core_support", -kPickLimit, kPickLimit);
  p.participated_standards = r.boolean("participated_standards");
  p.standards_bonus_pick = r.integer("standards_bonus_pick", -kPickLimit, kPickLimit);
  p.ip_count_pick = r.integer("ip_count_pick", -kPickLimit, kPickLimit);
  p.acquisition_pick = r.integer("acquisition_pick", -kPickLimit, kPickLimit);
  p.transform_count_3y = r.integer("transform_count_3y", 0, kMaxCount);
  p.transform_years = r.integer("transform_years", 0, kMaxYear);
  p.transform_pick = r.integer("transform_pick", -kPickLimit, kPickLimit);
  p.org = parse_org(r.object("org"));
  const auto& assets = r.array("net_assets_wan", 3);
  for (std::size_t i = 0; i < assets.size(); ++i)
    p.net_assets_wan.push_back(money_value(assets[i], element_path(r.path_of("net_assets_wan"), i), true));
  p.growth_net_assets_pick = r.integer("growth_net_assets_pick", -kPickLimit, kPickLimit);
  p.growth_sales_pick = r.integer("growth_sales_pick", -kPickLimit, kPickLimit);
  r.finish();
  return p;
}

// ---- result ----

boost::json::array range(int min, int max) { return {min, max}; }

void add_reason(boost::json::object& o, const ConditionBase& c) {
  if (!c.pass) o["reason"] = c.reason;
}

boost::json::object conditions_json(const HighTechConditions& c) {
  boost::json::object c1{{"pass", c.c1.pass}, {"days", c.c1.days}, {"rule", ">=365 calendar days"}};
  boost::json::object c2{{"pass", c.c2.pass}, {"qualifying_ip_count", c.c2.qualifying_ip_count}};
  boost::json::object c3{{"pass", c.c3.pass}, {"domain", c.c3.domain}, {"top_level_field", c.c3.top_level}, {"expert_review", true}};
  boost::json::object c4{{"pass", c.c4.pass}, {"ratio_pct", c.c4.ratio.percent_rounded()}};
  boost::json::object c5{{"pass", c.c5.pass},
                         {"latest_year_sales_wan", c.c5.latest_year_sales_wan.to_double()},
                         {"threshold_pct", c.c5.threshold.percent_rounded()},
                         {"rd_ratio_3y_pct", json_out::percent(c.c5.rd_ratio)},
                         {"domestic_rd_share_pct", json_out::percent(c.c5.domestic_share)},
                         {"years_used", c.c5.years_used},
                         {"sub", {{"rd_ratio_ok", c.c5.rd_ratio_ok}, {"domestic_share_ok", c.c5.domestic_share_ok}}}};
  boost::json::object c6{{"pass", c.c6.pass}, {"ratio_pct", json_out::percent(c.c6.ratio)}};
  boost::json::object c7{{"pass", c.c7.pass}, {"total", c.c7.total}};
  boost::json::object c8{{"pass", c.c8.pass}};
  const std::pair<boost::json::object*, const ConditionBase*> all[] = {{&c1, &c.c1}, {&c2, &c.c2}, {&c3, &c.c3}, {&c4, &c.c4},
                                                                       {&c5, &c.c5}, {&c6, &c.c6}, {&c7, &c.c7}, {&c8, &c.c8}};
  for (const auto& [json, condition] : all) add_reason(*json, *condition);
  return {{kC1Key, c1}, {kC2Key, c2}, {kC3Key, c3}, {kC4Key, c4}, {kC5Key, c5}, {kC6Key, c6}, {kC7Key, c7}, {kC8Key, c8}};
}

boost::json::object banded(const PickedBand& b) {
  return {{"band", b.band}, {"range", range(b.min_points, b.max_points)}, {"points", b.points}};
}

boost::json::object ip_json(const IpScore& s) {
  boost::json::object count{{"class_I", s.class_i}, {"class_II_counted", s.class_ii_counted}};
  for (const auto& member : banded(s.ip_count)) count.insert(member);
  return {{"advancement", {{"points", s.advancement.points}, {"band", s.advancement.band}}},
          {"core_support", {{"points", s.core_support.points}, {"band", s.core_support.band}}},
          {"ip_count", count},
          {"acquisition", banded(s.acquisition)},
          {"standards_bonus", {{"points", s.standards_bonus.points},
                               {"range", range(s.standards_bonus.min_points, s.standards_bonus.max_points)}}},
          {"raw_sum", s.raw_sum},
          {"capped_at_30", s.capped_at_30},
          {"points", s.points}};
}

boost::json::object growth_item_json(const GrowthItem& g) {
  boost::json::object out{{"rate_pct", json_out::percent(g.rate.rate)}, {"method", growth_method_code(g.rate.method)}};
  for (const auto& member : banded(g.band)) out.insert(member);
  return out;
}

boost::json::object innovation_json(const InnovationScore& s) {
  const TransformationScore& t = s.transformation;
  boost::json::object transformation{{"count_3y", t.count_3y}, {"years", t.years}, {"annual_avg", t.annual_avg.rounded4()}};
  for (const auto& member : banded(t.band)) transformation.insert(member);
  const OrgManagementPicks& m = s.org.picks;
  return {
      {"ip", ip_json(s.ip)},
      {"transformation", transformation},
      {"org_management", {{"m1", m.m1}, {"m2", m.m2}, {"m3", m.m3}, {"m4", m.m4}, {"points", s.org.points}}},
      {"growth", {{"net_assets", growth_item_json(s.growth.net_assets)},
                  {"sales", growth_item_json(s.growth.sales)},
                  {"points", s.growth.points}}},
      {"total", s.total},
      {"range_mode", {{"min", s.range_mode.min},
                      {"max", s.range_mode.max},
                      {"verdict", verdict_code(s.range_mode.verdict)},
                      {"note", "qualitative expert picks held fixed; computed-band items (IP count, transformation, growth) "
                               "vary over their band range"}}},
  };
}

boost::json::array failure_reasons(const HighTechResult& r) {
  const HighTechConditions& c = r.conditions;
  const std::pair<std::string_view, const ConditionBase*> all[] = {{kC1Key, &c.c1}, {kC2Key, &c.c2}, {kC3Key, &c.c3},
                                                                   {kC4Key, &c.c4}, {kC5Key, &c.c5}, {kC6Key, &c.c6},
                                                                   {kC7Key, &c.c7}, {kC8Key, &c.c8}};
  boost::json::array out;
  for (const auto& [key, condition] : all)
    if (!condition->pass)
      out.push_back(boost::json::object{{"code", key.substr(0, 2)}, {"key", key}, {"message", condition->reason}});
  return out;
}

}  // namespace

HighTechInput parse_high_tech_input(const boost::json::value& body) {
  JsonObjectReader r(body, "");
  HighTechInput in;
  in.registration_date = r.date("registration_date");
  in.application_date = r.date("application_date");
  in.tech_domain = r.text("tech_domain");
  in.ip = parse_ip(r);
  in.employees_total = r.integer("employees_total", 0, kMaxCount);
  in.tech_staff = r.integer("tech_staff", 0, kMaxCount);
  in.fiscal_years = parse_fiscal_years(r);
  in.latest_year = parse_latest_year(r.object("latest_year"));
  in.major_incident_prev_year = r.boolean("major_incident_prev_year");
  in.innovation = parse_innovation(r.object("innovation"));
  r.finish();
  return in;
}

boost::json::object high_tech_result_json(const HighTechResult& r) {
  boost::json::array failed;
  for (const auto& key : r.failed_conditions) failed.emplace_back(key);
  return {
      {"outcome", r.qualified ? "QUALIFIED" : "NOT_QUALIFIED"},
      {"failed_conditions", failed},
      {"failure_reasons", failure_reasons(r)},
      {"conditions", conditions_json(r.conditions)},
      {"innovation", innovation_json(r.innovation)},
      {"manual_review", json_out::strings(r.manual_review)},
      {"rule_set", json_out::rule_set(r.rule_set)},
  };
}

boost::json::object assess_high_tech_json(const boost::json::value& body) {
  return high_tech_result_json(assess_high_tech(parse_high_tech_input(body)));
}

}  // namespace kc::cultivation
