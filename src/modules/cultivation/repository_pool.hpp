#pragma once
// Named SQL of the 高企 reserve pool. Scoped statements take the registry scope as $1..$4 over `o`.
#include "db/db.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::cultivation::sql {

using db::Query;

// The figures of a report the tier rules read (reserve_facts_of_row reads them in this order).
#define KC_RESERVE_FACT_COLUMNS                                                                                \
  "r.registration_date, r.hnte_cert_valid, r.serious_dishonesty, r.employees_total, r.tech_staff, "           \
  "r.sales_revenue_wan, r.rd_expense_wan, r.owned_ip_count"

// Every approved enterprise with its pool status and the reserve figures of its report of fiscal year $1
// (columns read by reassess.cpp), for the yearly run.
inline const Query kPoolScan{
    "cultivation.pool_scan",
    "SELECT o.id, COALESCE(p.status, ''), r.state, r.tech_sme_outcome, r.submitted_at, "
    "CASE WHEN p.decision = 'keep' AND p.exit_year = $1 THEN 1 ELSE 0 END, " KC_RESERVE_FACT_COLUMNS ", o.region_code "
    "FROM orgs o LEFT JOIN cultivation_reserve_pool p ON p.org_id = o.id "
    "LEFT JOIN cultivation_reports r ON r.org_id = o.id AND r.fiscal_year = $1 "
    "WHERE o.kind = 'enterprise' AND o.status = 'approved' ORDER BY o.id"};

// $1 org, $2 source (auto | manual), $3 reason, $4 nominated by (NULL for the rule), $5 time, $6 rule set.
inline const Query kPoolNominate{
    "cultivation.pool_nominate",
    "INSERT INTO cultivation_reserve_pool (org_id, status, source, reason, nominated_by, nominated_at, rule_set) "
    "VALUES ($1, 'active', $2, $3, $4, $5, $6) ON CONFLICT (org_id) DO UPDATE SET status = 'active', source = $2, "
    "reason = $3, nominated_by = $4, nominated_at = $5, rule_set = $6, exit_reason = '', exit_year = NULL, "
    "exit_marked_at = NULL, decision = '', decision_comment = '', decided_by = NULL, decided_at = NULL"};
// $5 the tier policy version that found the member no longer qualifying (or in force when nothing was filed).
inline const Query kPoolMarkExit{
    "cultivation.pool_mark_exit",
    "UPDATE cultivation_reserve_pool SET status = 'exit_candidate', exit_reason = $2, exit_year = $3, "
    "exit_marked_at = $4, exit_rule_set = $5 WHERE org_id = $1 AND status = 'active'"};
// $2 new status (active = keep, exited), $3 decision (keep | exit).
inline const Query kPoolDecide{
    "cultivation.pool_decide",
    "UPDATE cultivation_reserve_pool SET status = $2, decision = $3, decision_comment = $4, decided_by = $5, "
    "decided_at = $6 WHERE org_id = $1 AND status = 'exit_candidate'"};
inline const Query kPoolSetOfficer{
    "cultivation.pool_set_officer",
    "UPDATE cultivation_reserve_pool SET service_officer_id = $2 WHERE org_id = $1"};

#define KC_POOL_COLUMNS                                                                                        \
  "p.org_id, o.name, o.region_code, p.status, p.source, p.reason, p.rule_set, p.nominated_at, "                \
  "p.service_officer_id, so.display_name, p.exit_reason, p.exit_year, p.decision, p.decision_comment, p.decided_at, " \
  "p.exit_rule_set"
#define KC_POOL_FROM                                                                                           \
  " FROM cultivation_reserve_pool p JOIN orgs o ON o.id = p.org_id LEFT JOIN users so ON so.id = p.service_officer_id "

inline const Query kPoolEntryInScope{
    "cultivation.pool_entry_scoped",
    "SELECT " KC_POOL_COLUMNS KC_POOL_FROM "WHERE p.org_id = $5 AND" KC_ORG_SCOPE_PREDICATE};
// $5 status filter, $6 limit, $7 offset.
#define KC_POOL_LIST_WHERE KC_POOL_FROM "WHERE" KC_ORG_SCOPE_PREDICATE "AND ($5 = '' OR p.status = $5) "
inline const Query kPoolList{"cultivation.pool_list", "SELECT " KC_POOL_COLUMNS KC_POOL_LIST_WHERE
                                                      "ORDER BY p.nominated_at DESC, p.org_id LIMIT $6 OFFSET $7"};
inline const Query kPoolCount{"cultivation.pool_count", "SELECT COUNT(*)" KC_POOL_LIST_WHERE "AND $6 >= 0 AND $7 >= 0"};

// A bureau user who may serve as 首席科技服务员: role, status and the region of their bureau.
inline const Query kOfficerOfUser{
    "cultivation.officer_of_user",
    "SELECT u.role, u.status, o.region_code, u.display_name FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1"};

// Active bureau staff who may serve enterprises (filtered by region in C++: region_scope_prefix).
inline const Query kOfficerCandidates{
    "cultivation.officer_candidates",
    "SELECT u.id, u.display_name, u.role, o.region_code, o.name FROM users u JOIN orgs o ON o.id = u.org_id "
    "WHERE u.role IN ('county_officer', 'city_officer') AND u.status = 'active' ORDER BY o.region_code DESC, u.id"};

inline const Query kInsertVisit{
    "cultivation.visit_insert",
    "INSERT INTO cultivation_service_visits (org_id, officer_id, visited_on, summary, tech_needs, created_at, form) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"};
inline const Query kVisitsOfOrg{
    "cultivation.visits_of_org",
    "SELECT v.id, v.officer_id, u.display_name, v.visited_on, v.summary, v.tech_needs, v.created_at, v.form "
    "FROM cultivation_service_visits v LEFT JOIN users u ON u.id = v.officer_id WHERE v.org_id = $1 "
    "ORDER BY v.visited_on DESC, v.id DESC"};

inline const Query kInsertRun{
    "cultivation.reassess_run_insert",
    "INSERT INTO cultivation_reassess_runs (fiscal_year, run_at, run_by, examined, nominated, exit_candidates) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"};

}  // namespace kc::cultivation::sql
