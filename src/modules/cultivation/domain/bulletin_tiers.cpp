#include "modules/cultivation/domain/bulletin_tiers.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

// Revenue of `year` preceded by that of each consecutive earlier year with a report, oldest first.
std::vector<Decimal> revenue_history(const std::map<int, const EnterpriseYear*>& by_year, int year) {
  std::vector<Decimal> history;
  for (int y = year; by_year.contains(y); --y) history.push_back(by_year.at(y)->facts.sales_revenue_wan);
  std::reverse(history.begin(), history.end());
  return history;
}

}  // namespace

std::vector<Tier> tiers_reached(const std::vector<EnterpriseYear>& reports, int year,
                                const std::vector<TierPolicy>& policies) {
  std::map<int, const EnterpriseYear*> by_year;
  for (const auto& r : reports) by_year[r.fiscal_year] = &r;
  auto latest = by_year.find(year);
  if (latest == by_year.end() || !latest->second->facts.registration_date) return {};
  auto input = tier_input_of(latest->second->facts, latest->second->entered_tech_sme, CivilDate::from_ymd(year, 12, 31));
  input.revenue_wan = revenue_history(by_year, year);
  std::vector<Tier> reached;
  try {
    for (const auto& policy : policies)
      if (evaluate_tier(policy, input, TierDetail::VerdictOnly).qualified) reached.push_back(policy.tier);
  } catch (const ApiError&) {
    return {};  // figures tier_rules rejects (e.g. more technology staff than employees) reach no tier
  }
  return reached;
}

}  // namespace kc::cultivation
