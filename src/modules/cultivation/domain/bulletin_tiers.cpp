#include "modules/cultivation/domain/bulletin_tiers.hpp"

#include <algorithm>
#include <map>

#include "core/errors.hpp"

namespace kc::cultivation {
namespace {

// Revenue of `year` preceded by that of each consecutive earlier year with a report, oldest first.
std::vector<Decimal> revenue_history(const std::map<int, const EnterpriseYear*>& by_year, int year) {
  std::vector<Decimal> history;
  for (int y = year; by_year.contains(y); --y) history.push_back(by_year.at(y)->sales_revenue_wan);
  std::reverse(history.begin(), history.end());
  return history;
}

TierInput tier_input(const EnterpriseYear& latest, std::vector<Decimal> revenue, int year) {
  TierInput in;
  in.registration_date = *latest.registration_date;
  in.evaluation_date = CivilDate::from_ymd(year, 12, 31);
  in.is_hnte = latest.hnte_cert_valid;
  in.is_registered_tech_sme = latest.entered_tech_sme;
  in.on_serious_dishonesty_list = latest.serious_dishonesty;
  in.revenue_wan = std::move(revenue);
  in.rd_expense_latest_wan = latest.rd_expense_wan;
  in.employees_total = latest.employees_total;
  in.tech_staff = latest.tech_staff;
  in.owned_ip_count = latest.owned_ip_count;
  return in;
}

}  // namespace

std::vector<Tier> tiers_reached(const std::vector<EnterpriseYear>& reports, int year,
                                const std::vector<TierPolicy>& policies) {
  std::map<int, const EnterpriseYear*> by_year;
  for (const auto& r : reports) by_year[r.fiscal_year] = &r;
  auto latest = by_year.find(year);
  if (latest == by_year.end() || !latest->second->registration_date) return {};
  const auto input = tier_input(*latest->second, revenue_history(by_year, year), year);
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
