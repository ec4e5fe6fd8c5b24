#pragma once
// Named SQL of the cultivation module. Scoped statements join the report's organisation as `o` and take
// the registry's scope as $1..$4 (KC_ORG_SCOPE_PREDICATE, registry/domain/scope.hpp).
#include "db/db.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::cultivation::sql {

using db::Query;

// Column order is read by report_json() (reports.cpp): keep them in step.
#define KC_REPORT_COLUMNS                                                                                        \
  "r.id, r.org_id, o.name, o.region_code, r.fiscal_year, r.state, r.tech_sme_outcome, r.tech_sme_total, "       \
  "r.tech_sme_rule_set, r.high_tech_outcome, r.high_tech_rule_set, r.registration_no, r.publicity_end, "        \
  "r.last_comment, r.created_at, r.updated_at, r.submitted_at, r.tech_sme_result, r.high_tech_result, r.data"

inline const Query kReportInScope{
    "cultivation.report_scoped",
    "SELECT " KC_REPORT_COLUMNS " FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id "
    "WHERE r.id = $5 AND" KC_ORG_SCOPE_PREDICATE};

// Filters: $5 state, $6 fiscal year (0 = any), $7 region prefix; $8 limit, $9 offset.
#define KC_REPORT_LIST_WHERE                                                                                  \
  " FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id WHERE" KC_ORG_SCOPE_PREDICATE                    \
  "AND ($5 = '' OR r.state = $5) AND ($6 = 0 OR r.fiscal_year = $6) "                                          \
  "AND ($7 = '' OR substr(o.region_code, 1, length($7)) = $7) "
inline const Query kReportList{"cultivation.report_list",
                               "SELECT " KC_REPORT_COLUMNS KC_REPORT_LIST_WHERE
                               "ORDER BY r.updated_at DESC, r.id DESC LIMIT $8 OFFSET $9"};
inline const Query kReportCount{"cultivation.report_count",
                                "SELECT COUNT(*)" KC_REPORT_LIST_WHERE "AND $8 >= 0 AND $9 >= 0"};

inline const Query kReportOfOrgYear{"cultivation.report_of_org_year",
                                    "SELECT id, state FROM cultivation_reports WHERE org_id = $1 AND fiscal_year = $2"};

#define KC_REPORT_DATA_PARAMS                                                                                  \
  "data, employees_total, tech_staff, sales_revenue_wan, rd_expense_wan, registration_date, owned_ip_count, "   \
  "serious_dishonesty, hnte_cert_valid, tech_sme_outcome, tech_sme_total, "                                     \
  "tech_sme_rule_set, tech_sme_result, high_tech_outcome, high_tech_rule_set, high_tech_result"
inline const Query kInsertReport{
    "cultivation.report_insert",
    "INSERT INTO cultivation_reports (org_id, fiscal_year, state, " KC_REPORT_DATA_PARAMS
    ", created_at, updated_at) VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
    "$18, $19, $19) "
    "RETURNING id"};
inline const Query kUpdateReportData{
    "cultivation.report_update_data",
    "UPDATE cultivation_reports SET data = $3, employees_total = $4, tech_staff = $5, sales_revenue_wan = $6, "
    "rd_expense_wan = $7, registration_date = $8, owned_ip_count = $9, serious_dishonesty = $10, hnte_cert_valid = $11, "
    "tech_sme_outcome = $12, tech_sme_total = $13, tech_sme_rule_set = $14, tech_sme_result = $15, "
    "high_tech_outcome = $16, high_tech_rule_set = $17, high_tech_result = $18, updated_at = $19 "
    "WHERE id = $1 AND state = $2"};

// A transition: only from the state the caller saw ($2), so concurrent reviews cannot both win.
inline const Query kMoveReport{
    "cultivation.report_move",
    "UPDATE cultivation_reports SET state = $3, last_comment = $4, updated_at = $5, "
    "submitted_at = CASE WHEN $3 IN ('submitted', 'resubmitted') THEN $5 ELSE submitted_at END "
    "WHERE id = $1 AND state = $2"};
inline const Query kSetRegistration{
    "cultivation.report_set_registration",
    "UPDATE cultivation_reports SET registration_no = $2, registration_seq = $3 WHERE id = $1"};
inline const Query kSetPublicityEnd{"cultivation.report_set_publicity_end",
                                    "UPDATE cultivation_reports SET publicity_end = $2 WHERE id = $1"};
// The next running number of a year ($1 fiscal year) and county ($2 region code).
inline const Query kLastRegistrationSeq{
    "cultivation.last_registration_seq",
    "SELECT COALESCE(MAX(r.registration_seq), 0) FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id "
    "WHERE r.fiscal_year = $1 AND o.region_code = $2"};

inline const Query kInsertEvent{
    "cultivation.event_insert",
    "INSERT INTO cultivation_report_events (report_id, action, from_state, to_state, user_id, comment, at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7)"};
inline const Query kEventsOfReport{
    "cultivation.events_of_report",
    "SELECT e.action, e.from_state, e.to_state, e.user_id, u.display_name, e.comment, e.at "
    "FROM cultivation_report_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.report_id = $1 ORDER BY e.id"};

inline const Query kInsertObjection{
    "cultivation.objection_insert",
    "INSERT INTO cultivation_objections (report_id, content, recorded_by, created_at) VALUES ($1, $2, $3, $4) "
    "RETURNING id"};
inline const Query kObjectionsOfReport{
    "cultivation.objections_of_report",
    "SELECT id, content, recorded_by, created_at FROM cultivation_objections WHERE report_id = $1 ORDER BY id"};

// 公示: public, no scope. $1 now.
inline const Query kPublicityList{
    "cultivation.publicity_list",
    "SELECT r.id, o.name, o.region_code, r.fiscal_year, r.registration_no, r.tech_sme_outcome, r.high_tech_outcome, "
    "r.publicity_end FROM cultivation_reports r JOIN orgs o ON o.id = r.org_id "
    "WHERE r.state = 'publicity' AND r.publicity_end > $1 ORDER BY r.registration_no"};

inline const Query kSetting{"cultivation.setting", "SELECT value FROM cultivation_settings WHERE key = $1"};
inline const Query kPutSetting{
    "cultivation.setting_put",
    "INSERT INTO cultivation_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2"};

}  // namespace kc::cultivation::sql
