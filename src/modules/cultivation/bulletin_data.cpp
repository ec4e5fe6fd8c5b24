#include "modules/cultivation/bulletin_data.hpp"

#include <algorithm>
#include <map>

#include "modules/cultivation/domain/bulletin_tiers.hpp"
#include "modules/cultivation/monitoring_counts.hpp"
#include "modules/cultivation/repository_monitoring.hpp"

namespace kc::cultivation {
namespace {

// The growth defaults of tier_rules look at three years of revenue; the year before also tells new entries.
constexpr int kHistoryYears = 3;

// The tiers a bulletin counts: the tier_rules defaults, which are the same for every region until a city edits its
// own (as in reassess.cpp); 高企后备 is counted as actual pool membership instead.
std::vector<TierPolicy> counted_tier_policies() {
  auto policies = default_tier_policies("410000");
  std::erase_if(policies, [](const TierPolicy& p) { return p.tier == Tier::HnteReserve; });
  return policies;
}

struct Enterprise {
  std::string county;
  std::vector<EnterpriseYear> reports;  // filed, oldest first
};

// Columns of sql::kBulletinReports.
enum Column { kRegion, kOrg, kYear, kState, kHnte, kRd, kSales, kFounded, kDishonesty, kEmployees, kTechStaff, kOwnedIp };

EnterpriseYear enterprise_year(const db::Row& row) {
  EnterpriseYear y;
  y.fiscal_year = static_cast<int>(row.i64(kYear));
  y.entered_tech_sme = counts_as_entered(parse_state(row.text(kState)).value_or(ReportState::Draft));
  y.hnte_cert_valid = row.i64(kHnte) != 0;
  y.serious_dishonesty = row.i64(kDishonesty) != 0;
  if (!row.is_null(kFounded)) y.registration_date = CivilDate::parse(row.text(kFounded));
  y.employees_total = static_cast<int>(row.i64(kEmployees));
  y.tech_staff = static_cast<int>(row.i64(kTechStaff));
  y.owned_ip_count = static_cast<int>(row.i64(kOwnedIp));
  // Stored by Decimal::to_string when the report was saved, so always parseable.
  y.sales_revenue_wan = Decimal::parse(row.text(kSales)).value_or(Decimal());
  y.rd_expense_wan = Decimal::parse(row.text(kRd)).value_or(Decimal());
  return y;
}

std::map<std::int64_t, Enterprise> filed_reports(api::Ctx& ctx, int year) {
  std::map<std::int64_t, Enterprise> enterprises;
  auto c = ctx.svc.db.read();
  auto params = scoped(ctx, {std::int64_t{year}, std::int64_t{year - kHistoryYears + 1}});
  for (const auto& row : c->query(sql::kBulletinReports, params)) {
    auto& e = enterprises[row.i64(kOrg)];
    e.county = row.text(kRegion);
    e.reports.push_back(enterprise_year(row));
  }
  return enterprises;
}

// An enterprise's share of its county's figures for `year`: 高企, R&D sums, a new entry, its tiers.
void add_enterprise(const Enterprise& e, int year, const std::vector<TierPolicy>& policies, CountyFigures& county) {
  auto find = [&](int y) {
    auto it = std::find_if(e.reports.begin(), e.reports.end(), [y](const EnterpriseYear& r) { return r.fiscal_year == y; });
    return it == e.reports.end() ? nullptr : &*it;
  };
  const EnterpriseYear* now = find(year);
  if (!now) return;
  const EnterpriseYear* before = find(year - 1);
  if (now->hnte_cert_valid) ++county.high_tech;
  county.rd_expense_wan = county.rd_expense_wan + now->rd_expense_wan;
  county.sales_revenue_wan = county.sales_revenue_wan + now->sales_revenue_wan;
  if (now->entered_tech_sme && !(before && before->entered_tech_sme)) ++county.new_entries;
  for (auto tier : tiers_reached(e.reports, year, policies)) ++county.tiers[tier];
}

void add_report_figures(api::Ctx& ctx, int year, std::map<std::string, CountyFigures>& counties) {
  const auto policies = counted_tier_policies();
  for (const auto& [org, enterprise] : filed_reports(ctx, year)) {
    auto& county = counties[enterprise.county];
    county.region_code = enterprise.county;
    add_enterprise(enterprise, year, policies, county);
  }
}

}  // namespace

Bulletin bulletin_of(api::Ctx& ctx, int year) {
  std::map<std::string, CountyFigures> counties;
  for (const auto& [region, counts] : count_by_county(ctx, year)) {
    auto& county = counties[region];
    county.region_code = region;
    county.tech_sme_entered = counts.entered;
    county.reserve_pool = counts.pool.contains("active") ? counts.pool.at("active") : 0;
  }
  add_report_figures(ctx, year, counties);
  Bulletin b{year, {}, {}};
  std::vector<CountyFigures> list;
  for (auto& [region, county] : counties) {
    b.total.add(county);
    list.push_back(std::move(county));
  }
  b.ranked = rank_counties(std::move(list));
  return b;
}

std::vector<Tier> counted_tiers() {
  std::vector<Tier> tiers;
  for (const auto& p : counted_tier_policies()) tiers.push_back(p.tier);
  return tiers;
}

}  // namespace kc::cultivation
