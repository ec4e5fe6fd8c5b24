#include "modules/cultivation/domain/tech_sme_rules.hpp"

#include <array>

#include "modules/cultivation/domain/bands.hpp"
#include "modules/cultivation/domain/excluded_industries.hpp"
#include "modules/cultivation/domain/field_error.hpp"

namespace kc::cultivation {
namespace {

// ---- Official tables: 国科发政〔2017〕115号 第七条 (bands unchanged by the 2022 指引) ----

// 科技型中小企业 科技人员 band: 科技人员数占职工总数的比例 (20 points).
const std::array<PointsBand, 6> kTechStaffBands = {{
    {"A", Fraction::percent(30), 20},
    {"B", Fraction::percent(25), 16},
    {"C", Fraction::percent(20), 12},
    {"D", Fraction::percent(15), 8},
    {"E", Fraction::percent(10), 4},
    {"F", std::nullopt, 0},
}};

// 科技型中小企业 研发投入 band, method (1): 研发费用总额占销售收入总额的比例 (50 points).
const std::array<PointsBand, 6> kRdBySalesBands = {{
    {"A", Fraction::percent(6), 50},
    {"B", Fraction::percent(5), 40},
    {"C", Fraction::percent(4), 30},
    {"D", Fraction::percent(3), 20},
    {"E", Fraction::percent(2), 10},
    {"F", std::nullopt, 0},
}};

// 科技型中小企业 研发投入 band, method (2): 研发费用总额占成本费用支出总额的比例 (50 points).
const std::array<PointsBand, 6> kRdByCostBands = {{
    {"A", Fraction::percent(30), 50},
    {"B", Fraction::percent(25), 40},
    {"C", Fraction::percent(20), 30},
    {"D", Fraction::percent(15), 20},
    {"E", Fraction::percent(10), 10},
    {"F", std::nullopt, 0},
}};

// 科技型中小企业 科技成果 band (30 points): band A is "拥有1项及以上Ⅰ类知识产权" (30 points) and is
// checked first; otherwise the number of Ⅱ类 decides. The bands are not additive.
constexpr int kIpClassIPoints = 30;
const std::array<PointsBand, 5> kIpClassIIBands = {{
    {"B", Fraction::integer(4), 24},
    {"C", Fraction::integer(3), 18},
    {"D", Fraction::integer(2), 12},
    {"E", Fraction::integer(1), 6},
    {"F", std::nullopt, 0},
}};

// 第六条（二）: 职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元.
constexpr int kMaxEmployees = 500;
const Decimal kMaxSalesWan = Decimal::whole(20'000);
const Decimal kMaxAssetsWan = Decimal::whole(20'000);

// 第六条（五）: 综合评价得分不低于60分，且科技人员指标得分不得为0分.
constexpr int kPassTotal = 60;

constexpr std::string_view kSeparator = "；";

// ---- Input consistency ----

void validate_non_negative(const Decimal& value, const char* field) {
  if (value.is_negative()) reject_field(field, "金额不能为负数");
}

void validate_year(int year, int evaluation_year, const std::string& field) {
  if (year < 1949 || year > evaluation_year) reject_field(field, "年份应在1949年至评价年度之间");
}

void validate(const TechSmeInput& in) {
  if (in.evaluation_year < 2017 || in.evaluation_year > 2100) reject_field("evaluation_year", "应为2017至2100之间的年份");
  if (in.employees_total < 1) reject_field("employees_total", "职工总数应为正整数");
  if (in.tech_staff < 0 || in.tech_staff > in.employees_total)
    reject_field("tech_staff", "科技人员数应在0至职工总数之间");
  validate_non_negative(in.sales_revenue_wan, "sales_revenue_wan");
  validate_non_negative(in.total_assets_wan, "total_assets_wan");
  validate_non_negative(in.rd_expense_wan, "rd_expense_wan");
  validate_non_negative(in.cost_expense_total_wan, "cost_expense_total_wan");
  if (in.industry.empty()) reject_field("industry", "不能为空");
  if (const auto& award = in.direct.national_sci_award) {
    validate_year(award->year, in.evaluation_year, "direct.national_sci_award.year");
    if (award->rank_among_units < 1) reject_field("direct.national_sci_award.rank_among_units", "排名应为正整数");
  }
  if (const auto& standard = in.direct.led_standard) {
    validate_year(standard->year, in.evaluation_year, "direct.led_standard.year");
    if (standard->rank < 1) reject_field("direct.led_standard.rank", "排名应为正整数");
  }
}

// ---- Eligibility E1..E4 (第六条（一）~（四） in the wording of the 2022 指引) ----

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(kSeparator)) + part;
  return out;
}

void add_failure(std::vector<Finding>& out, const char* code, const std::vector<std::string>& reasons) {
  if (!reasons.empty()) out.push_back({code, join(reasons)});
}

std::vector<Finding> check_eligibility(const TechSmeInput& in, std::vector<std::string>& manual_review) {
  std::vector<Finding> failures;
  std::vector<std::string> e1, e2, e3, e4;
  if (!in.resident_enterprise_cn_mainland)
    e1.push_back("不是在中国境内（不包括港、澳、台地区）注册成立或实际管理机构在中国境内的居民企业");
  if (!in.accounting_sound_and_audit_collection)
    e1.push_back("会计核算不健全、未实行查账征收或不能准确归集研发费用");
  if (in.employees_total > kMaxEmployees)
    e2.push_back("职工总数" + std::to_string(in.employees_total) + "人，超过500人");
  if (in.sales_revenue_wan > kMaxSalesWan)
    e2.push_back("年销售收入" + in.sales_revenue_wan.to_string() + "万元，超过2亿元");
  if (in.total_assets_wan > kMaxAssetsWan)
    e2.push_back("资产总额" + in.total_assets_wan.to_string() + "万元，超过2亿元");
  if (const auto excluded = tax_excluded_industry(in.industry))
    e3.push_back("所在行业属于财税〔2015〕119号规定的不适用税前加计扣除政策的行业（" + *excluded + "）");
  if (in.major_incident_or_serious_dishonesty)
    e4.push_back("上一会计年度及当年发生重大安全、重大质量事故，严重环境违法、严重弄虚作假或科研严重失信行为");
  if (in.on_abnormal_or_dishonest_list)
    e4.push_back("上一会计年度及当年被列入经营异常名录或严重违法失信企业名单");
  add_failure(failures, "E1", e1);
  add_failure(failures, "E2", e2);
  add_failure(failures, "E3", e3);
  add_failure(failures, "E4", e4);
  manual_review.push_back("E3：企业所在行业是否属于《产业结构调整指导目录》限制类、淘汰类，需人工核实");
  return failures;
}

// ---- Scoring (第七条) ----

PointsScore score_ratio(const std::optional<Fraction>& ratio, std::span<const PointsBand> table) {
  if (!ratio) return {0, table.back().name};  // undefined ratio (zero denominator) earns nothing
  const PointsBand& band = band_for(*ratio, table);
  return {band.points, band.name};
}

struct IpCount {
  int class_i = 0;
  int class_ii = 0;
};

// Counts valid, undisputed IP related to the main products or services; trademarks never count.
IpCount count_ip(const std::vector<SmeIpItem>& items) {
  IpCount count;
  for (const auto& item : items) {
    if (!item.valid || !item.related_to_main_product || item.disputed) continue;
    if (item.ip_class == IpClass::ClassI) ++count.class_i;
    if (item.ip_class == IpClass::ClassII) ++count.class_ii;
  }
  return count;
}

PointsScore score_ip(const IpCount& count) {
  if (count.class_i >= 1) return {kIpClassIPoints, "A"};
  const PointsBand& band = band_for(Fraction::integer(count.class_ii), std::span<const PointsBand>(kIpClassIIBands));
  return {band.points, band.name};
}

TechSmeScores score(const TechSmeInput& in, const TechSmeResult& ratios, const IpCount& ip) {
  TechSmeScores s;
  s.tech_staff = score_ratio(ratios.tech_staff_ratio, kTechStaffBands);
  s.rd_by_sales = score_ratio(ratios.rd_to_sales, kRdBySalesBands);
  s.rd_by_cost = score_ratio(ratios.rd_to_cost, kRdByCostBands);
  s.rd_method_suggested = s.rd_by_cost.points > s.rd_by_sales.points ? RdMethod::ByCost : RdMethod::BySales;
  s.rd_method_chosen_by_enterprise = in.rd_method.has_value();
  s.rd_method_used = in.rd_method.value_or(s.rd_method_suggested);
  s.ip = score_ip(ip);
  s.total = s.tech_staff.points + s.rd_points_used() + s.ip.points;
  return s;
}

std::vector<std::string> score_path_fail_reasons(const TechSmeResult& r) {
  std::vector<std::string> reasons;
  if (r.scores.total < kPassTotal)
    reasons.push_back("综合评价得分" + std::to_string(r.scores.total) + "分，低于60分");
  if (r.scores.tech_staff.points == 0)
    reasons.push_back("科技人员指标得分为0分（科技人员占职工总数比例" + r.tech_staff_ratio->percent_text() +
                      "，低于10%），按第六条（五）不能通过评分认定");
  return reasons;
}

// ---- Direct qualification D1..D4 (第八条) ----

struct YearWindow {
  int first;
  int last;
  bool contains(int year) const { return year >= first && year <= last; }
  std::string text() const { return std::to_string(first) + "—" + std::to_string(last) + "年"; }
};

YearWindow recent_window(const TechSmeRuleSet& rules, int evaluation_year) {
  const int last = rules.recent_window_includes_evaluation_year ? evaluation_year : evaluation_year - 1;
  return {last - rules.recent_years + 1, last};
}

// A year that counts under one reading of "近五年" and not under the other needs an officer's decision.
void note_window_edge(int year, const char* what, const YearWindow& window, const TechSmeRuleSet& rules,
                      int evaluation_year, std::vector<std::string>& manual_review) {
  const bool edge = year == evaluation_year || year == evaluation_year - rules.recent_years;
  if (edge)
    manual_review.push_back(std::string(what) + "年份" + std::to_string(year) + "处于“近五年”的边界，文件未明确是否含评价当年；本结果按" +
                            window.text() + "计算，请人工确认");
}

std::string_view level_name(StandardLevel level) {
  switch (level) {
    case StandardLevel::International: return "国际标准";
    case StandardLevel::National: return "国家标准";
    case StandardLevel::Industry: return "行业标准";
  }
  return "";
}

std::vector<Finding> direct_hits(const TechSmeInput& in, const TechSmeRuleSet& rules,
                                 std::vector<std::string>& manual_review) {
  std::vector<Finding> hits;
  const YearWindow window = recent_window(rules, in.evaluation_year);
  if (in.direct.hnte_cert_valid) hits.push_back({"D1", "企业拥有有效期内高新技术企业资格证书"});
  if (const auto& award = in.direct.national_sci_award) {
    note_window_edge(award->year, "D2 国家级科技奖励获奖", window, rules, in.evaluation_year, manual_review);
    if (window.contains(award->year) && award->rank_among_units <= rules.award_rank_max)
      hits.push_back({"D2", "企业近五年内（" + window.text() + "）获得国家级科技奖励“" + award->name + "”，在获奖单位中排第" +
                                std::to_string(award->rank_among_units) + "名（前三名）"});
  }
  if (in.direct.provincial_rd_institution) hits.push_back({"D3", "企业拥有经认定的省部级以上研发机构"});
  if (const auto& standard = in.direct.led_standard) {
    note_window_edge(standard->year, "D4 主导制定标准", window, rules, in.evaluation_year, manual_review);
    if (window.contains(standard->year) && standard->rank <= rules.standard_rank_max)
      hits.push_back({"D4", "企业近五年内（" + window.text() + "）主导制定" + std::string(level_name(standard->level)) +
                                "（起草单位排名第" + std::to_string(standard->rank) + "）"});
  }
  return hits;
}

TechSmeOutcome decide(const TechSmeResult& r) {
  if (!r.eligibility_pass()) return TechSmeOutcome::Ineligible;
  if (!r.direct_qualification_hits.empty()) return TechSmeOutcome::QualifiedDirect;  // 第八条 bypasses 第六条（五）
  return r.score_path_pass ? TechSmeOutcome::QualifiedByScore : TechSmeOutcome::NotQualified;
}

}  // namespace

const TechSmeRuleSet& tech_sme_rules_2022() {
  static const TechSmeRuleSet rules{
      // The 指引's exact issue date is not in the stored material (README, open questions): the rule set
      // applies to evaluations from 2022 on, the first year run under 国科火字〔2022〕67号.
      .version = {.id = "cn.tech-sme.2022",
                  .document = "国科发政〔2017〕115号《科技型中小企业评价办法》；国科火字〔2022〕67号《科技型中小企业评价服务工作指引》",
                  .effective_from = "2022-01-01",
                  .region = ""},
  };
  return rules;
}

TechSmeResult assess_tech_sme(const TechSmeInput& in, const TechSmeRuleSet& rules) {
  validate(in);
  TechSmeResult r;
  r.rule_set = rules.version;
  r.eligibility_failures = check_eligibility(in, r.manual_review);
  r.tech_staff_ratio = Fraction::ratio(in.tech_staff, in.employees_total);
  r.rd_to_sales = Fraction::ratio(in.rd_expense_wan, in.sales_revenue_wan);
  r.rd_to_cost = Fraction::ratio(in.rd_expense_wan, in.cost_expense_total_wan);
  const IpCount ip = count_ip(in.ip);
  r.counted_class_i = ip.class_i;
  r.counted_class_ii = ip.class_ii;
  r.scores = score(in, r, ip);
  r.score_path_fail_reasons = score_path_fail_reasons(r);
  r.score_path_pass = r.score_path_fail_reasons.empty();
  r.direct_qualification_hits = direct_hits(in, rules, r.manual_review);
  r.outcome = decide(r);
  return r;
}

std::string_view outcome_code(TechSmeOutcome outcome) {
  switch (outcome) {
    case TechSmeOutcome::Ineligible: return "INELIGIBLE";
    case TechSmeOutcome::QualifiedDirect: return "QUALIFIED_DIRECT";
    case TechSmeOutcome::QualifiedByScore: return "QUALIFIED_BY_SCORE";
    case TechSmeOutcome::NotQualified: return "NOT_QUALIFIED";
  }
  return "";
}

std::string_view method_code(RdMethod method) { return method == RdMethod::BySales ? "sales" : "cost"; }

std::span<const PointsBand> tech_sme_ratio_bands(TechSmeRatio ratio) {
  switch (ratio) {
    case TechSmeRatio::TechStaff: return kTechStaffBands;
    case TechSmeRatio::RdBySales: return kRdBySalesBands;
    case TechSmeRatio::RdByCost: return kRdByCostBands;
  }
  return kRdBySalesBands;
}

}  // namespace kc::cultivation
