#include "modules/cultivation/monitoring_counts.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/cultivation/domain/bulletin_tiers.hpp"
#include "modules/cultivation/domain/tier_policy_params.hpp"
#include "modules/cultivation/reassess.hpp"
#include "modules/cultivation/repository_monitoring.hpp"
#include "modules/cultivation/tier_policies.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::cultivation {

void CountyCounts::add(const CountyCounts& o) {
  reports += o.reports, filed += o.filed, entered += o.entered;
  new_entries += o.new_entries, hnte_valid += o.hnte_valid;
  for (const auto& [k, v] : o.tech_sme) tech_sme[k] += v;
  for (const auto& [k, v] : o.high_tech) high_tech[k] += v;
  for (const auto& [k, v] : o.pool) pool[k] += v;
  for (const auto& [k, v] : o.tiers) tiers[k] += v;
  sales_wan = sales_wan + o.sales_wan, rd_wan = rd_wan + o.rd_wan;
  if (o.targets)
    targets = YearTargets{(targets ? targets->tech_sme : 0) + o.targets->tech_sme,
                          (targets ? targets->high_tech : 0) + o.targets->high_tech};
}

int year_param(const http::Request& req, const std::string& key) {
  auto year = api::query_int(req, key);
  if (!year) throw ApiError(Err::FieldMissing, key, key);
  if (*year < 2000 || *year > 2100) throw ApiError(Err::FieldInvalid, key + " 应在 2000–2100 之间", key);
  return static_cast<int>(*year);
}

std::vector<db::Value> scoped(api::Ctx& ctx, std::vector<db::Value> extra) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.insert(params.end(), extra.begin(), extra.end());
  return params;
}

namespace {

// The growth rules of the tiers look at three years of revenue; the year before also tells new entries.
constexpr int kHistoryYears = 3;

// Columns of sql::kReportHistory: region, org, fiscal year, state, then KC_RESERVE_FACT_COLUMNS.
enum HistoryColumn { kHisRegion, kHisOrg, kHisYear, kHisState, kHisFacts };

EnterpriseYear enterprise_year(const db::Row& row) {
  return {static_cast<int>(row.i64(kHisYear)),
          counts_as_entered(parse_state(row.text(kHisState)).value_or(ReportState::Draft)),
          reserve_facts_of_row(row, kHisFacts)};
}

// The tier policies in force today for a region, looked up once per region.
class RegionPolicies {
 public:
  RegionPolicies(db::Connection& c, CivilDate today) : book_(TierPolicyBook::load(c)), today_(today) {}
  const std::vector<TierPolicy>& of(const std::string& region) {
    auto [it, added] = cache_.try_emplace(region);
    if (added)
      for (Tier tier : all_tiers()) it->second.push_back(book_.in_force(tier, region, today_).policy);
    return it->second;
  }

 private:
  TierPolicyBook book_;
  CivilDate today_;
  std::map<std::string, std::vector<TierPolicy>> cache_;
};

// One enterprise's share of its county's figures for `year`: R&D and sales sums, 高企, a new entry, its tiers.
void add_enterprise(const std::vector<EnterpriseYear>& reports, int year, const std::vector<TierPolicy>& policies,
                    CountyCounts& county) {
  const EnterpriseYear* now = nullptr;
  const EnterpriseYear* before = nullptr;
  for (const auto& r : reports) {
    if (r.fiscal_year == year) now = &r;
    if (r.fiscal_year == year - 1) before = &r;
  }
  if (!now) return;
  county.sales_wan = county.sales_wan + now->facts.sales_revenue_wan;
  county.rd_wan = county.rd_wan + now->facts.rd_expense_wan;
  if (now->facts.hnte_cert_valid) ++county.hnte_valid;
  if (now->entered_tech_sme && !(before && before->entered_tech_sme)) ++county.new_entries;
  for (Tier tier : tiers_reached(reports, year, policies)) ++county.tiers[std::string(tier_code(tier))];
}

// Streams the filed reports of the last kHistoryYears years, ordered by enterprise, one enterprise at a time.
void add_report_figures(api::Ctx& ctx, db::Connection& c, int year, std::map<std::string, CountyCounts>& counties) {
  RegionPolicies policies(c, civil_date_of(ctx.now_ms()));
  std::int64_t org = -1;
  std::string region;
  std::vector<EnterpriseYear> reports;
  auto flush = [&] {
    if (!reports.empty()) add_enterprise(reports, year, policies.of(region), counties[region]);
    reports.clear();
  };
  c.for_each(sql::kReportHistory, scoped(ctx, {std::int64_t{year}, std::int64_t{year - kHistoryYears + 1}}),
             [&](const db::Row& row) {
               if (row.i64(kHisOrg) != org) flush();
               org = row.i64(kHisOrg);
               region = row.text(kHisRegion);
               reports.push_back(enterprise_year(row));
             });
  flush();
}

}  // namespace

std::map<std::string, CountyCounts> count_by_county(api::Ctx& ctx, int year) {
  std::map<std::string, CountyCounts> counties;
  auto c = ctx.svc.db.read();
  for (const auto& row : c->query(sql::kReportCountsByCounty, scoped(ctx, {std::int64_t{year}}))) {
    auto& county = counties[row.text(0)];
    auto state = parse_state(row.text(1)).value_or(ReportState::Draft);
    auto n = row.i64(4);
    county.reports += n;
    if (state != ReportState::Draft) county.filed += n;
    if (counts_as_entered(state)) county.entered += n;
    county.tech_sme[row.text(2)] += n;
    if (!row.text(3).empty()) county.high_tech[row.text(3)] += n;
  }
  for (const auto& row : c->query(sql::kPoolCountsByCounty, scoped(ctx, {})))
    counties[row.text(0)].pool[row.text(1)] += row.i64(2);
  add_report_figures(ctx, *c, year, counties);
  const auto& me = ctx.me();
  for (const auto& [region, t] : load_targets(*c, year, me.region_code.empty() ? "" : registry::region_scope_prefix(me.region_code)))
    counties[region].targets = t;
  return counties;
}

}  // namespace kc::cultivation
