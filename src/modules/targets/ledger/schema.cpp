// Ledger schema. Item fields under review are kept as the reader's JSON (policy_items.fields) because
// their shape differs by kind; ledger rows have real columns since they are filtered and reported on.
#include "modules/targets/ledger/schema.hpp"

namespace kc::targets::ledger {

std::vector<db::Migration> migrations() {
  return {
      {"targets/001_ledger",
       R"(CREATE TABLE policy_documents (
            id {{ID}},
            title TEXT NOT NULL,
            doc_number TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            doc_date TEXT NOT NULL DEFAULT '',
            doc_year INTEGER,
            filename TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            region_code TEXT NOT NULL,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL);
          CREATE INDEX policy_documents_region ON policy_documents (region_code);
          CREATE TABLE policy_items (
            id {{ID}},
            document_id BIGINT NOT NULL REFERENCES policy_documents (id),
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            origin TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            span_text TEXT NOT NULL,
            fields TEXT NOT NULL,
            reviewed_by BIGINT,
            reviewed_at BIGINT);
          CREATE INDEX policy_items_document ON policy_items (document_id);
          CREATE TABLE ledger_items (
            id {{ID}},
            policy_item_id BIGINT REFERENCES policy_items (id),
            document_id BIGINT REFERENCES policy_documents (id),
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            target_year INTEGER,
            target_value TEXT,
            unit TEXT NOT NULL DEFAULT '',
            comparator TEXT NOT NULL DEFAULT '',
            lead_org_id BIGINT REFERENCES orgs (id),
            lead_unit TEXT NOT NULL DEFAULT '',
            partners TEXT NOT NULL DEFAULT '[]',
            period_start BIGINT NOT NULL,
            deadline BIGINT NOT NULL,
            cycle TEXT NOT NULL,
            metric_id TEXT,
            metric_params TEXT,
            region_code TEXT NOT NULL,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL);
          CREATE INDEX ledger_items_region ON ledger_items (region_code);
          CREATE INDEX ledger_items_lead ON ledger_items (lead_org_id);
          CREATE TABLE ledger_reports (
            id {{ID}},
            item_id BIGINT NOT NULL REFERENCES ledger_items (id),
            report_period TEXT NOT NULL,
            progress TEXT,
            narrative TEXT NOT NULL,
            status TEXT NOT NULL,
            return_reason TEXT NOT NULL DEFAULT '',
            submitted_by BIGINT NOT NULL,
            submitted_at BIGINT NOT NULL,
            reviewed_by BIGINT,
            reviewed_at BIGINT);
          CREATE INDEX ledger_reports_item ON ledger_reports (item_id);)"},
      // Year-end assessment schemes: every change is a new version of the year, so that a published ranking
      // can always be recomputed with the scheme it used.
      {"targets/020_assessment_schemes",
       R"(CREATE TABLE ledger_assessment_schemes (
            id {{ID}},
            year INTEGER NOT NULL,
            version INTEGER NOT NULL,
            scheme TEXT NOT NULL,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            UNIQUE (year, version));)"},
  };
}

}  // namespace kc::targets::ledger
