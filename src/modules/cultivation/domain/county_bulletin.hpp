#pragma once
// The periodic bulletin (定期通报): counties of a fiscal year ranked by their cultivation results.
//
// No national or provincial document fixes how counties are ranked, so this is the platform's convention,
// kept in this one place: more 入库科技型中小企业 first; then more 高新技术企业; then a larger 高企后备库;
// then a higher R&D intensity (Σ研发费用 / Σ销售收入 of the county's filed reports, compared exactly); a
// county without revenue figures comes after one with them. Counties equal on all four share a rank
// (1, 2, 2, 4 …) and are listed by region code.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

struct CountyFigures {
  std::string region_code;
  std::int64_t tech_sme_entered = 0;  // 科技型中小企业 entered (registered, under publicity or final)
  std::int64_t new_entries = 0;       // of those, enterprises not entered in the year before
  std::int64_t high_tech = 0;         // filed reports with a valid 高新技术企业 certificate
  std::int64_t reserve_pool = 0;      // active members of the 高新技术后备企业库
  Decimal rd_expense_wan;             // Σ over the county's filed reports
  Decimal sales_revenue_wan;
  std::map<Tier, std::int64_t> tiers;  // enterprises reaching each tier (domain/bulletin_tiers.hpp); not ranked on

  std::optional<Fraction> rd_intensity() const { return Fraction::ratio(rd_expense_wan, sales_revenue_wan); }
  void add(const CountyFigures& o);
};

struct CountyRank {
  int rank = 0;
  CountyFigures figures;
};

std::vector<CountyRank> rank_counties(std::vector<CountyFigures> counties);

}  // namespace kc::cultivation
