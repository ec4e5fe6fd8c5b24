#pragma once
// 高新技术企业认定: the eight conditions of 《高新技术企业认定管理办法》 国科发火〔2016〕32号 第十一条 and the
// 创新能力评价 of 《高新技术企业认定管理工作指引》 国科发火〔2016〕195号. Pure functions.
//
// The platform can only pre-score: technical advancement, core support, acquisition, the standards bonus
// and the four management items are expert judgements. The input carries the expert's integer picks;
// where the documents fix a band from data (IP count, conversions per year, growth rates) the pick must
// lie in that band's range, and `range_mode` shows the total over those ranges.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/bands.hpp"
#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/rule_set.hpp"

namespace kc::cultivation {

enum class IpAcquisition { SelfDeveloped, Transfer, Gift, Merger };  // 自主研发、受让、受赠、并购

struct HighTechIpItem {
  IpClass ip_class = IpClass::ClassII;
  std::string kind;
  IpAcquisition acquisition = IpAcquisition::SelfDeveloped;
  bool owned_by_applicant = false;
  bool valid = false;  // valid in China: granted and fees paid before applying
  bool supports_main_product = false;
  bool used_in_prior_hnte_application = false;  // a Ⅱ类 item may support one application only
};

struct FiscalYearFigures {  // one of 近三个会计年度, oldest first
  int year = 0;
  Decimal sales_wan;
  Decimal rd_wan;
  Decimal rd_domestic_wan;
};

struct LatestYearIncome {  // 近一年
  int year = 0;
  Decimal high_tech_revenue_wan;
  Decimal total_income_wan;
};

struct OrgManagementPicks {  // 研究开发组织管理水平, maxima 6/6/4/4
  int m1 = 0, m2 = 0, m3 = 0, m4 = 0;
};

struct InnovationPicks {
  int advancement = 0;
  int core_support = 0;
  bool participated_standards = false;
  int standards_bonus_pick = 0;
  int ip_count_pick = 0;
  int acquisition_pick = 0;
  int transform_count_3y = 0;
  int transform_years = 3;
  int transform_pick = 0;
  OrgManagementPicks org;
  std::vector<Decimal> net_assets_wan;  // year-end net assets of the same years as fiscal_years
  int growth_net_assets_pick = 0;
  int growth_sales_pick = 0;
};

struct HighTechInput {
  CivilDate registration_date;
  CivilDate application_date;
  std::string tech_domain;  // one of the 8 fields, or a 2nd/3rd-level code of the 2016 field list
  std::vector<HighTechIpItem> ip;
  int employees_total = 0;
  int tech_staff = 0;
  std::vector<FiscalYearFigures> fiscal_years;
  LatestYearIncome latest_year;
  bool major_incident_prev_year = false;
  InnovationPicks innovation;
};

struct HighTechRuleSet {
  RuleSetVersion version;
  // 🟡 Some guides say negative net assets count as 0 ("负值按0计算"); configurable.
  bool negative_net_assets_as_zero = true;
};

// 国科发火〔2016〕32号 and 〔2016〕195号, effective 2016-01-01.
const HighTechRuleSet& high_tech_rules_2016();

// ---- Conditions C1..C8 ----

struct ConditionBase {
  bool pass = false;
  std::string reason;  // Chinese; why it failed (empty when it passed)
};
struct C1RegisteredOneYear : ConditionBase {
  long days = 0;
};
struct C2IpOwnership : ConditionBase {
  int qualifying_ip_count = 0;
};
struct C3Domain : ConditionBase {
  std::string domain;      // as given
  std::string top_level;   // the resolved 一级领域, empty if unknown
};
struct C4TechStaffRatio : ConditionBase {
  Fraction ratio;
};
struct C5RdRatio : ConditionBase {
  Decimal latest_year_sales_wan;
  Fraction threshold;
  int years_used = 0;
  std::optional<Fraction> rd_ratio;         // Σ研发费用 / Σ销售收入 over the years given
  std::optional<Fraction> domestic_share;   // Σ境内研发费用 / Σ研发费用
  bool rd_ratio_ok = false;
  bool domestic_share_ok = false;
};
struct C6HighTechRevenue : ConditionBase {
  std::optional<Fraction> ratio;
};
struct C7Innovation : ConditionBase {
  int total = 0;
};
struct C8NoMajorIncident : ConditionBase {};

struct HighTechConditions {
  C1RegisteredOneYear c1;
  C2IpOwnership c2;
  C3Domain c3;
  C4TechStaffRatio c4;
  C5RdRatio c5;
  C6HighTechRevenue c6;
  C7Innovation c7;
  C8NoMajorIncident c8;
};

// Condition keys of the contract, in order, e.g. "C5_rd_ratio".
inline constexpr std::string_view kC1Key = "C1_registered_1y";
inline constexpr std::string_view kC2Key = "C2_ip_ownership";
inline constexpr std::string_view kC3Key = "C3_domain";
inline constexpr std::string_view kC4Key = "C4_tech_staff_ratio";
inline constexpr std::string_view kC5Key = "C5_rd_ratio";
inline constexpr std::string_view kC6Key = "C6_hightech_revenue";
inline constexpr std::string_view kC7Key = "C7_innovation_score_gt_70";
inline constexpr std::string_view kC8Key = "C8_no_major_incident_prev_year";

// ---- 创新能力评价 ----

struct PickedBand {
  int points = 0;          // the expert's pick
  std::string_view band;   // computed from data, or derived from the pick for qualitative items
  int min_points = 0;      // the band's legal range
  int max_points = 0;
};

struct IpScore {  // 知识产权 ≤ 30
  PickedBand advancement, core_support, ip_count, acquisition, standards_bonus;
  int class_i = 0;
  int class_ii_counted = 0;
  int raw_sum = 0;
  bool capped_at_30 = false;
  int points = 0;
};

struct TransformationScore {  // 科技成果转化能力 ≤ 30
  int count_3y = 0;
  int years = 0;
  Fraction annual_avg;
  PickedBand band;
};

struct OrgScore {  // 研究开发组织管理水平 ≤ 20
  OrgManagementPicks picks;
  int points = 0;
};

enum class GrowthMethod {
  Normal,           // 1/2 × (Y2/Y1 + Y3/Y2) − 1
  LastTwoYears,     // Y1 = 0: Y3/Y2 − 1
  SecondYearZero,   // Y2 = 0: 0 points
  TwoYears,         // 2 operating years: Y2/Y1 − 1 (🟡 common reading)
  FirstYearZero,    // 2 operating years and Y1 = 0: 0 points
  OneYear,          // 1 operating year: growth 0
};

struct GrowthRate {
  std::optional<Fraction> rate;  // nullopt when the method gives 0 points without a rate
  GrowthMethod method = GrowthMethod::Normal;
};

struct GrowthItem {
  GrowthRate rate;
  PickedBand band;
};

struct GrowthScore {  // 企业成长性 ≤ 20
  GrowthItem net_assets;
  GrowthItem sales;
  int points = 0;
};

enum class RangeVerdict { Pass, Fail, DependsOnExpert };

struct RangeMode {
  int min = 0;
  int max = 0;
  RangeVerdict verdict = RangeVerdict::DependsOnExpert;
};

struct InnovationScore {
  IpScore ip;
  TransformationScore transformation;
  OrgScore org;
  GrowthScore growth;
  int total = 0;
  RangeMode range_mode;
};

struct HighTechResult {
  HighTechConditions conditions;
  InnovationScore innovation;
  bool qualified = false;
  std::vector<std::string> failed_conditions;  // keys, e.g. "C5_rd_ratio"
  std::vector<std::string> manual_review;
  RuleSetVersion rule_set;
};

// Validates `input` (kc::ApiError naming the field, including picks outside their band's range) and assesses it.
HighTechResult assess_high_tech(const HighTechInput& input, const HighTechRuleSet& rules = high_tech_rules_2016());

// Building blocks, exposed for tests and for the annual-report workflow.
// Whether an IP item counts for 高企 (C2 and the IP-count score).
bool counts_for_hnte(const HighTechIpItem& item);
GrowthRate growth_rate(std::vector<Decimal> year_end_values, bool negative_as_zero);
InnovationScore score_innovation(const HighTechInput& input, const HighTechRuleSet& rules,
                                 std::vector<std::string>& manual_review);
HighTechConditions check_conditions(const HighTechInput& input, int innovation_total,
                                    std::vector<std::string>& manual_review);
// The 一级领域 of a name or code of 《国家重点支持的高新技术领域》 (2016), or nullopt.
std::optional<std::string_view> hightech_top_level_field(std::string_view domain);

// The computed-band tables of 创新能力评价 (highest band first), for the breakdown's "next band".
std::span<const RangeBand> ip_count_class_ii_bands();  // by the number of Ⅱ类 when there is no Ⅰ类
std::span<const RangeBand> transformation_bands();     // by conversions per year
std::span<const RangeBand> growth_bands();             // by the growth rate

std::string_view growth_method_code(GrowthMethod method);  // "NORMAL", ...
std::string_view verdict_code(RangeVerdict verdict);        // "PASS" | "FAIL" | "DEPENDS_ON_EXPERT"

}  // namespace kc::cultivation
