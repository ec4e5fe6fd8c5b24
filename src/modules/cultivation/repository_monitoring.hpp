#pragma once
// Named SQL of cultivation monitoring. All take the registry scope as $1..$4 over `o`.
#include "db/db.hpp"
#include "modules/cultivation/repository_pool.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::cultivation::sql {

// Reports of fiscal year $5 grouped by county, state and outcomes.
inline const db::Query kReportCountsByCounty{
    "cultivation.report_counts_by_county",
    "SELECT o.region_code, r.state, r.tech_sme_outcome, COALESCE(r.high_tech_outcome, ''), COUNT(*) "
    "FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id WHERE" KC_ORG_SCOPE_PREDICATE "AND r.fiscal_year = $5 "
    "GROUP BY o.region_code, r.state, r.tech_sme_outcome, COALESCE(r.high_tech_outcome, '')"};

inline const db::Query kPoolCountsByCounty{
    "cultivation.pool_counts_by_county",
    "SELECT o.region_code, p.status, COUNT(*) FROM cultivation_reserve_pool p JOIN orgs o ON o.id = p.org_id "
    "WHERE" KC_ORG_SCOPE_PREDICATE "GROUP BY o.region_code, p.status"};

// Filed reports (not drafts) of fiscal year $5 with their inputs, for the near-threshold list.
inline const db::Query kFiledReportsOfYear{
    "cultivation.filed_reports_of_year",
    "SELECT r.id, r.org_id, o.name, o.region_code, r.state, r.data FROM cultivation_reports r "
    "JOIN orgs o ON o.id = r.org_id WHERE" KC_ORG_SCOPE_PREDICATE "AND r.fiscal_year = $5 AND r.state <> 'draft' "
    "ORDER BY r.id"};

// Filed reports (not drafts) of fiscal years $6..$5 by enterprise and year (columns: region, org, fiscal year,
// state, then KC_RESERVE_FACT_COLUMNS), for R&D sums, 高企, new entries and the tier counts.
inline const db::Query kReportHistory{
    "cultivation.report_history",
    "SELECT o.region_code, r.org_id, r.fiscal_year, r.state, " KC_RESERVE_FACT_COLUMNS " FROM cultivation_reports r "
    "JOIN orgs o ON o.id = r.org_id WHERE" KC_ORG_SCOPE_PREDICATE "AND r.fiscal_year BETWEEN $6 AND $5 "
    "AND r.state <> 'draft' ORDER BY r.org_id, r.fiscal_year"};

// Targets of fiscal year $1 for the regions under prefix $2 ('' = every region).
inline const db::Query kTargetsOfYear{
    "cultivation.targets_of_year",
    "SELECT region_code, tech_sme, high_tech, updated_at FROM cultivation_targets WHERE fiscal_year = $1 "
    "AND substr(region_code, 1, length($2)) = $2 ORDER BY region_code"};
inline const db::Query kPutTarget{
    "cultivation.target_put",
    "INSERT INTO cultivation_targets (fiscal_year, region_code, tech_sme, high_tech, updated_by, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (fiscal_year, region_code) DO UPDATE SET tech_sme = $3, "
    "high_tech = $4, updated_by = $5, updated_at = $6"};

}  // namespace kc::cultivation::sql
