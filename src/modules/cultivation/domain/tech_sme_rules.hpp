#pragma once
// 科技型中小企业评价: 《科技型中小企业评价办法》 国科发政〔2017〕115号 (第六条 eligibility and pass rule,
// 第七条 scoring, 第八条 direct qualification) as amended in wording by 《科技型中小企业评价服务工作指引》
// 国科火字〔2022〕67号 (E1, E3, E4). Pure functions: no I/O, no clock; the data are those of the
// fiscal year before `evaluation_year`.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/bands.hpp"
#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/rule_set.hpp"

namespace kc::cultivation {

enum class RdMethod { BySales, ByCost };  // 研发投入: 按销售收入 / 按成本费用支出, chosen by the enterprise
enum class StandardLevel { International, National, Industry };
enum class TechSmeOutcome { Ineligible, QualifiedDirect, QualifiedByScore, NotQualified };

struct SmeIpItem {
  IpClass ip_class = IpClass::ClassII;
  std::string kind;  // e.g. 发明专利, 软件著作权 (informative)
  bool valid = false;
  bool related_to_main_product = false;
  bool disputed = false;
};

struct NationalAward {  // 国家级科技奖励
  int year = 0;
  std::string name;
  int rank_among_units = 0;  // 1 = first among the awarded units
};

struct LedStandard {  // 主导制定的国际/国家/行业标准
  int year = 0;
  StandardLevel level = StandardLevel::National;
  int rank = 0;  // the enterprise's rank among the drafting units
};

struct DirectClaims {  // 第八条
  bool hnte_cert_valid = false;
  bool provincial_rd_institution = false;
  std::optional<NationalAward> national_sci_award;
  std::optional<LedStandard> led_standard;
};

struct TechSmeInput {
  int evaluation_year = 0;
  bool resident_enterprise_cn_mainland = false;
  bool accounting_sound_and_audit_collection = false;
  std::string industry;  // GB/T 4754 code or name
  bool major_incident_or_serious_dishonesty = false;
  bool on_abnormal_or_dishonest_list = false;
  DirectClaims direct;
  int employees_total = 0;
  int tech_staff = 0;
  Decimal sales_revenue_wan;
  Decimal total_assets_wan;
  Decimal rd_expense_wan;
  Decimal cost_expense_total_wan;
  std::optional<RdMethod> rd_method;  // absent: the better of the two methods
  std::vector<SmeIpItem> ip;
};

// The rule set with the parameters the documents leave open (see README, open questions).
struct TechSmeRuleSet {
  RuleSetVersion version;
  int recent_years = 5;                         // 第八条 "近五年"
  bool recent_window_includes_evaluation_year = true;  // ❓ window edge: [Y-4, Y] if true, [Y-5, Y-1] if false
  int award_rank_max = 3;                       // D2 "在获奖单位中排在前三名"
  int standard_rank_max = 5;                    // D4 "主导制定" read as 起草单位排名前五 (🟡 unverified)
};

// 国科发政〔2017〕115号 with the 2022 指引, applying to evaluations from 2022 on.
const TechSmeRuleSet& tech_sme_rules_2022();

struct PointsScore {
  int points = 0;
  std::string_view band;
};

struct TechSmeScores {
  PointsScore tech_staff;   // 科技人员 (20)
  PointsScore rd_by_sales;  // 研发投入, method (1) (50)
  PointsScore rd_by_cost;   // 研发投入, method (2) (50)
  RdMethod rd_method_used = RdMethod::BySales;
  bool rd_method_chosen_by_enterprise = false;
  RdMethod rd_method_suggested = RdMethod::BySales;  // the better one, for the self-check
  PointsScore ip;  // 科技成果 (30)
  int total = 0;

  int rd_points_used() const { return rd_method_used == RdMethod::BySales ? rd_by_sales.points : rd_by_cost.points; }
};

struct TechSmeResult {
  TechSmeOutcome outcome = TechSmeOutcome::NotQualified;
  std::vector<Finding> eligibility_failures;  // E1..E4, one entry per failed code
  std::vector<Finding> direct_qualification_hits;  // D1..D4
  TechSmeScores scores;
  bool score_path_pass = false;
  std::vector<std::string> score_path_fail_reasons;
  int counted_class_i = 0;
  int counted_class_ii = 0;
  std::optional<Fraction> tech_staff_ratio;  // nullopt when undefined (zero denominator)
  std::optional<Fraction> rd_to_sales;
  std::optional<Fraction> rd_to_cost;
  std::vector<std::string> manual_review;  // what the machine cannot confirm and an officer must
  RuleSetVersion rule_set;

  bool eligibility_pass() const { return eligibility_failures.empty(); }
};

// Validates `input` (kc::ApiError naming the field on inconsistent values) and assesses it.
TechSmeResult assess_tech_sme(const TechSmeInput& input, const TechSmeRuleSet& rules = tech_sme_rules_2022());

// The official ratio band tables (第七条), highest band first, for monitoring how close an enterprise is
// to the next band. The tables themselves stay in tech_sme_rules.cpp.
enum class TechSmeRatio { TechStaff, RdBySales, RdByCost };
std::span<const PointsBand> tech_sme_ratio_bands(TechSmeRatio ratio);

std::string_view outcome_code(TechSmeOutcome outcome);  // "INELIGIBLE", "QUALIFIED_DIRECT", ...
std::string_view method_code(RdMethod method);          // "sales" | "cost"

}  // namespace kc::cultivation
