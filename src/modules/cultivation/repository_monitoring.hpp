#pragma once
// Named SQL of cultivation monitoring. All take the registry scope as $1..$4 over `o`.
#include "db/db.hpp"
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

// Filed reports (not drafts) of fiscal years $6..$5, for the bulletin's new entries, 高企, R&D intensity and tiers.
inline const db::Query kBulletinReports{
    "cultivation.bulletin_reports",
    "SELECT o.region_code, r.org_id, r.fiscal_year, r.state, r.hnte_cert_valid, r.rd_expense_wan, "
    "r.sales_revenue_wan, r.registration_date, r.serious_dishonesty, r.employees_total, r.tech_staff, "
    "r.owned_ip_count FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id WHERE" KC_ORG_SCOPE_PREDICATE
    "AND r.fiscal_year BETWEEN $6 AND $5 AND r.state <> 'draft' ORDER BY r.org_id, r.fiscal_year"};

}  // namespace kc::cultivation::sql
