#pragma once
// Named SQL of the ledger. Document statements take the scope as $1 (all) and $2 (region prefix);
// ledger-item statements add $3 (the caller's organisation: a responsible unit sees its own items).
#include "db/db.hpp"

namespace kc::targets::ledger::sql {

using db::Query;

#define KC_DOC_SCOPE " ($1 = 1 OR ($2 <> '' AND substr(d.region_code, 1, length($2)) = $2)) "
#define KC_LEDGER_SCOPE \
  " ($1 = 1 OR ($2 <> '' AND substr(i.region_code, 1, length($2)) = $2) OR i.lead_org_id = $3) "

inline const Query kInsertDocument{
    "ledger.doc_insert",
    "INSERT INTO policy_documents (title, doc_number, issuer, doc_date, doc_year, filename, content, region_code, "
    "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"};
#define KC_DOC_COLUMNS "d.id, d.title, d.doc_number, d.issuer, d.doc_date, d.doc_year, d.filename, d.region_code, d.created_at"
inline const Query kDocumentInScope{
    "ledger.doc_get", "SELECT " KC_DOC_COLUMNS ", d.content FROM policy_documents d WHERE d.id = $3 AND" KC_DOC_SCOPE};
inline const Query kDocumentList{
    "ledger.doc_list", "SELECT " KC_DOC_COLUMNS " FROM policy_documents d WHERE" KC_DOC_SCOPE
                       "ORDER BY d.id DESC LIMIT $3 OFFSET $4"};
inline const Query kDocumentCount{
    "ledger.doc_count", "SELECT COUNT(*) FROM policy_documents d WHERE" KC_DOC_SCOPE};

inline const Query kInsertItem{
    "ledger.item_insert",
    "INSERT INTO policy_items (document_id, kind, status, origin, span_start, span_end, span_text, fields) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"};
#define KC_ITEM_COLUMNS \
  "p.id, p.document_id, p.kind, p.status, p.origin, p.span_start, p.span_end, p.span_text, p.fields, " \
  "(SELECT MIN(l.id) FROM ledger_items l WHERE l.policy_item_id = p.id)"
inline const Query kItemsOfDocument{
    "ledger.items_of_doc", "SELECT " KC_ITEM_COLUMNS " FROM policy_items p WHERE p.document_id = $1 ORDER BY p.span_start, p.id"};
inline const Query kItemInScope{
    "ledger.item_get", "SELECT " KC_ITEM_COLUMNS ", d.content, d.region_code, d.doc_year, d.issuer FROM policy_items p "
                       "JOIN policy_documents d ON d.id = p.document_id WHERE p.id = $3 AND" KC_DOC_SCOPE};
inline const Query kUpdateItem{
    "ledger.item_update",
    "UPDATE policy_items SET fields = $2, span_start = $3, span_end = $4, span_text = $5 WHERE id = $1 AND status = 'candidate'"};
inline const Query kReviewItem{
    "ledger.item_review",
    "UPDATE policy_items SET status = $2, reviewed_by = $3, reviewed_at = $4 WHERE id = $1 AND status = 'candidate'"};

#define KC_LEDGER_COLUMNS                                                                                     \
  "i.id, i.policy_item_id, i.document_id, i.kind, i.title, i.target_year, i.target_value, i.unit, i.comparator, " \
  "i.lead_org_id, i.lead_unit, i.partners, i.period_start, i.deadline, i.cycle, i.metric_id, i.metric_params, "  \
  "i.region_code, i.created_at, (SELECT o.name FROM orgs o WHERE o.id = i.lead_org_id)"
inline const Query kInsertLedgerItem{
    "ledger.ledger_insert",
    "INSERT INTO ledger_items (policy_item_id, document_id, kind, title, target_year, target_value, unit, comparator, "
    "lead_org_id, lead_unit, partners, period_start, deadline, cycle, region_code, created_by, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id"};
// $4 kind ('' = any), $5 document id (0 = any).
#define KC_LEDGER_FILTER " AND ($4 = '' OR i.kind = $4) AND ($5 = 0 OR i.document_id = $5) "
inline const Query kLedgerList{
    "ledger.ledger_list", "SELECT " KC_LEDGER_COLUMNS " FROM ledger_items i WHERE" KC_LEDGER_SCOPE KC_LEDGER_FILTER
                          "ORDER BY i.id LIMIT $6 OFFSET $7"};
inline const Query kLedgerCount{
    "ledger.ledger_count", "SELECT COUNT(*) FROM ledger_items i WHERE" KC_LEDGER_SCOPE KC_LEDGER_FILTER};
inline const Query kLedgerInScope{
    "ledger.ledger_get", "SELECT " KC_LEDGER_COLUMNS " FROM ledger_items i WHERE i.id = $4 AND" KC_LEDGER_SCOPE};
inline const Query kUpdateLedgerItem{
    "ledger.ledger_update",
    "UPDATE ledger_items SET title = $2, target_value = $3, lead_org_id = $4, lead_unit = $5, partners = $6, "
    "deadline = $7, cycle = $8, metric_id = $9, metric_params = $10 WHERE id = $1"};
inline const Query kOrgOfLead{"ledger.lead_org", "SELECT kind, name, region_code FROM orgs WHERE id = $1"};

#define KC_REPORT_COLUMNS \
  "r.id, r.item_id, r.report_period, r.progress, r.narrative, r.status, r.return_reason, r.submitted_by, " \
  "r.submitted_at, r.reviewed_at"
inline const Query kInsertReport{
    "ledger.report_insert",
    "INSERT INTO ledger_reports (item_id, report_period, progress, narrative, status, submitted_by, submitted_at) "
    "VALUES ($1, $2, $3, $4, 'submitted', $5, $6) RETURNING id"};
inline const Query kReportsOfItem{
    "ledger.reports_of_item", "SELECT " KC_REPORT_COLUMNS " FROM ledger_reports r WHERE r.item_id = $1 ORDER BY r.id"};
inline const Query kReport{"ledger.report_get", "SELECT " KC_REPORT_COLUMNS " FROM ledger_reports r WHERE r.id = $1"};
inline const Query kStandingReport{
    "ledger.report_standing",
    "SELECT 1 FROM ledger_reports WHERE item_id = $1 AND report_period = $2 AND status IN ('submitted', 'accepted')"};
inline const Query kStandingPeriods{
    "ledger.report_periods",
    "SELECT report_period FROM ledger_reports WHERE item_id = $1 AND status IN ('submitted', 'accepted')"};
inline const Query kLatestAccepted{
    "ledger.report_latest",
    "SELECT progress FROM ledger_reports WHERE item_id = $1 AND status = 'accepted' AND progress IS NOT NULL "
    "ORDER BY report_period DESC, id DESC LIMIT 1"};
inline const Query kReviewReport{
    "ledger.report_review",
    "UPDATE ledger_reports SET status = $2, return_reason = $3, reviewed_by = $4, reviewed_at = $5 "
    "WHERE id = $1 AND status = 'submitted'"};

inline const Query kUsersOfOrg{"ledger.users_of_org", "SELECT id FROM users WHERE org_id = $1 AND status = 'active'"};

}  // namespace kc::targets::ledger::sql

namespace kc::targets::ledger::sql {
inline const Query kLedgerAllInScope{
    "ledger.ledger_all", "SELECT " KC_LEDGER_COLUMNS " FROM ledger_items i WHERE" KC_LEDGER_SCOPE "ORDER BY i.id"};
inline const Query kCreatorOfItem{"ledger.item_creator", "SELECT created_by FROM ledger_items WHERE id = $1"};
}  // namespace kc::targets::ledger::sql
