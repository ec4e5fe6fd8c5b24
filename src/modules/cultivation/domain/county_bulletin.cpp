#include "modules/cultivation/domain/county_bulletin.hpp"

#include <algorithm>
#include <tuple>

namespace kc::cultivation {
namespace {

// Larger is better in every component; a missing intensity ranks below any present one.
auto merit(const CountyFigures& c) {
  auto intensity = c.rd_intensity();
  return std::make_tuple(c.tech_sme_entered, c.high_tech, c.reserve_pool, intensity.has_value(),
                         intensity.value_or(Fraction::integer(0)));
}

}  // namespace

void CountyFigures::add(const CountyFigures& o) {
  tech_sme_entered += o.tech_sme_entered;
  new_entries += o.new_entries;
  high_tech += o.high_tech;
  reserve_pool += o.reserve_pool;
  rd_expense_wan = rd_expense_wan + o.rd_expense_wan;
  sales_revenue_wan = sales_revenue_wan + o.sales_revenue_wan;
  for (const auto& [tier, n] : o.tiers) tiers[tier] += n;
}

std::vector<CountyRank> rank_counties(std::vector<CountyFigures> counties) {
  std::sort(counties.begin(), counties.end(), [](const CountyFigures& a, const CountyFigures& b) {
    auto ma = merit(a), mb = merit(b);
    if (ma != mb) return ma > mb;
    return a.region_code < b.region_code;
  });
  std::vector<CountyRank> ranked;
  for (std::size_t i = 0; i < counties.size(); ++i) {
    bool tie = i > 0 && merit(counties[i]) == merit(counties[i - 1]);
    ranked.push_back({tie ? ranked.back().rank : static_cast<int>(i + 1), std::move(counties[i])});
  }
  return ranked;
}

}  // namespace kc::cultivation
