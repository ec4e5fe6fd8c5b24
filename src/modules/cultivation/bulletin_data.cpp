#include "modules/cultivation/bulletin_data.hpp"

#include <algorithm>
#include <map>

#include "modules/cultivation/domain/tier_policy_params.hpp"
#include "modules/cultivation/monitoring_counts.hpp"

namespace kc::cultivation {
namespace {

CountyFigures figures_of(const std::string& region, const CountyCounts& counts) {
  CountyFigures f;
  f.region_code = region;
  f.tech_sme_entered = counts.entered;
  f.new_entries = counts.new_entries;
  f.high_tech = counts.hnte_valid;
  f.reserve_pool = counts.pool.contains("active") ? counts.pool.at("active") : 0;
  f.rd_expense_wan = counts.rd_wan;
  f.sales_revenue_wan = counts.sales_wan;
  for (Tier tier : counted_tiers()) {
    auto it = counts.tiers.find(std::string(tier_code(tier)));
    f.tiers[tier] = it == counts.tiers.end() ? 0 : it->second;
  }
  return f;
}

}  // namespace

Bulletin bulletin_of(api::Ctx& ctx, int year) {
  Bulletin b{year, {}, {}};
  std::vector<CountyFigures> list;
  for (const auto& [region, counts] : count_by_county(ctx, year)) {
    list.push_back(figures_of(region, counts));
    b.total.add(list.back());
  }
  b.ranked = rank_counties(std::move(list));
  return b;
}

// 高企后备 is counted as actual membership of the reserve pool (a column of its own), not by its rule.
std::vector<Tier> counted_tiers() {
  std::vector<Tier> tiers;
  for (Tier tier : all_tiers())
    if (tier != Tier::HnteReserve) tiers.push_back(tier);
  return tiers;
}

}  // namespace kc::cultivation
