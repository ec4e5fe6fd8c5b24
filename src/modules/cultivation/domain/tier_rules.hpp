#pragma once
// Cultivation tiers that no national document fixes: 瞪羚, 雏鹰, 创新龙头, 高企后备 and 科技小巨人. Their
// thresholds differ by province and year, so each tier is a TierPolicy (parameters plus a version with
// region and document) and one pure evaluate function. default_tier_policies() gives documented
// defaults; the database will later load, edit and version policies per region.
//
// Only one number is from a document: 科技小巨人 = 年销售收入超过1亿元 (豫科〔2016〕158号). Every other
// default is a platform placeholder, marked unverified in `note`, to be replaced by the local rules.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/cultivation/domain/civil_date.hpp"
#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/rule_set.hpp"

namespace kc::cultivation {

enum class Tier { Gazelle, Eaglet, InnovationLeader, HnteReserve, TechLittleGiant };
enum class TierPrerequisite { None, HighTechEnterprise, RegisteredTechSme };
// Growth of revenue over `growth_periods` years: CAGR = (R_t / R_{t−n})^(1/n) − 1, or the arithmetic
// mean of the annual rates ("平均增长率" in Henan statistics). The documents differ, so it is explicit.
enum class GrowthMetric { None, Cagr, MeanAnnual };

struct TierPolicy {
  Tier tier = Tier::Gazelle;
  RuleSetVersion version;
  TierPrerequisite prerequisite = TierPrerequisite::None;
  std::optional<int> min_years_registered;  // completed years at the evaluation date
  std::optional<int> max_years_registered;
  std::optional<Decimal> revenue_min_wan;   // latest fiscal year
  bool revenue_min_inclusive = true;        // false for "超过"
  std::optional<Decimal> revenue_max_wan;   // inclusive
  GrowthMetric growth_metric = GrowthMetric::None;
  int growth_periods = 2;                   // number of annual steps; needs growth_periods + 1 years of revenue
  std::optional<Fraction> growth_min;       // inclusive
  std::optional<Fraction> rd_ratio_min;     // latest-year 研发费用 / 销售收入, inclusive
  std::optional<Fraction> tech_staff_ratio_min;
  int min_owned_ip = 0;
  bool exclude_serious_dishonesty = true;
  std::string note;  // provenance of the numbers (verified / unverified)
};

struct TierInput {
  CivilDate registration_date;
  CivilDate evaluation_date;
  bool is_hnte = false;
  bool is_registered_tech_sme = false;
  bool on_serious_dishonesty_list = false;
  std::vector<Decimal> revenue_wan;  // by fiscal year, oldest first; the last is the latest year
  Decimal rd_expense_latest_wan;
  int employees_total = 0;
  int tech_staff = 0;
  int owned_ip_count = 0;  // valid IP owned by the enterprise
};

struct TierCheck {
  std::string key;      // e.g. "revenue_min", "growth"
  bool pass = false;
  std::string message;  // Chinese, with the actual value and the threshold
};

struct TierResult {
  Tier tier = Tier::Gazelle;
  bool qualified = false;
  std::vector<TierCheck> checks;  // every configured criterion, passed or not
  std::optional<Fraction> growth;  // MeanAnnual: the exact mean rate; CAGR: the total growth factor − 1
  RuleSetVersion rule_set;
};

// Explained: every check with its Chinese message. VerdictOnly: the same checks and verdicts with empty
// messages, for runs over every enterprise where the messages of unchanged ones are never read.
enum class TierDetail { Explained, VerdictOnly };

// Throws kc::ApiError (FIELD_INVALID) for inconsistent input, e.g. tech_staff > employees_total.
TierResult evaluate_tier(const TierPolicy& policy, const TierInput& input, TierDetail detail = TierDetail::Explained);

// Documented defaults for a region (administrative-division code, e.g. "410000" 河南省).
std::vector<TierPolicy> default_tier_policies(std::string_view region_code);

std::string_view tier_code(Tier tier);  // "gazelle", "eaglet", "innovation_leader", "hnte_reserve", "tech_little_giant"
std::string_view tier_name(Tier tier);  // 瞪羚企业, ...

}  // namespace kc::cultivation
