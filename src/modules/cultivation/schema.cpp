// Cultivation schema. Money is kept as exact decimal strings in 万元 (the assessment engine's Decimal);
// each stored assessment keeps the id of the rule set that produced it.
#include "modules/cultivation/schema.hpp"

namespace kc::cultivation {

std::vector<db::Migration> migrations() {
  return {
      {"cultivation/001_reports",
       R"(CREATE TABLE cultivation_reports (
            id {{ID}},
            org_id BIGINT NOT NULL,
            fiscal_year INTEGER NOT NULL,
            state TEXT NOT NULL,
            data TEXT NOT NULL,
            employees_total INTEGER NOT NULL,
            tech_staff INTEGER NOT NULL,
            sales_revenue_wan TEXT NOT NULL,
            rd_expense_wan TEXT NOT NULL,
            registration_date TEXT,
            owned_ip_count INTEGER NOT NULL,
            serious_dishonesty INTEGER NOT NULL,
            hnte_cert_valid INTEGER NOT NULL,
            tech_sme_outcome TEXT NOT NULL,
            tech_sme_total INTEGER NOT NULL,
            tech_sme_rule_set TEXT NOT NULL,
            tech_sme_result TEXT NOT NULL,
            high_tech_outcome TEXT,
            high_tech_rule_set TEXT,
            high_tech_result TEXT,
            registration_no TEXT UNIQUE,
            registration_seq INTEGER,
            publicity_end BIGINT,
            last_comment TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            submitted_at BIGINT,
            UNIQUE (org_id, fiscal_year));
          CREATE INDEX cultivation_reports_state ON cultivation_reports (state);
          CREATE INDEX cultivation_reports_year ON cultivation_reports (fiscal_year);
          CREATE TABLE cultivation_report_events (
            id {{ID}},
            report_id BIGINT NOT NULL,
            action TEXT NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            user_id BIGINT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            at BIGINT NOT NULL);
          CREATE INDEX cultivation_report_events_report ON cultivation_report_events (report_id);
          CREATE TABLE cultivation_objections (
            id {{ID}},
            report_id BIGINT NOT NULL,
            content TEXT NOT NULL,
            recorded_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL);
          CREATE INDEX cultivation_objections_report ON cultivation_objections (report_id);
          CREATE TABLE cultivation_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);)"},
      // 高新技术后备企业库: one row per enterprise that ever entered; status active | exit_candidate | exited.
      {"cultivation/002_reserve_pool",
       R"(CREATE TABLE cultivation_reserve_pool (
            org_id BIGINT PRIMARY KEY,
            status TEXT NOT NULL,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            rule_set TEXT NOT NULL DEFAULT '',
            nominated_by BIGINT,
            nominated_at BIGINT NOT NULL,
            service_officer_id BIGINT,
            exit_reason TEXT NOT NULL DEFAULT '',
            exit_year INTEGER,
            exit_marked_at BIGINT,
            decision TEXT NOT NULL DEFAULT '',
            decision_comment TEXT NOT NULL DEFAULT '',
            decided_by BIGINT,
            decided_at BIGINT);
          CREATE INDEX cultivation_reserve_pool_status ON cultivation_reserve_pool (status);
          CREATE TABLE cultivation_service_visits (
            id {{ID}},
            org_id BIGINT NOT NULL,
            officer_id BIGINT NOT NULL,
            visited_on TEXT NOT NULL,
            summary TEXT NOT NULL,
            tech_needs TEXT NOT NULL,
            created_at BIGINT NOT NULL);
          CREATE INDEX cultivation_service_visits_org ON cultivation_service_visits (org_id);
          CREATE TABLE cultivation_reassess_runs (
            id {{ID}},
            fiscal_year INTEGER NOT NULL,
            run_at BIGINT NOT NULL,
            run_by BIGINT,
            examined BIGINT NOT NULL,
            nominated BIGINT NOT NULL,
            exit_candidates BIGINT NOT NULL);)"},
      // Tier policies per region (瞪羚, 雏鹰, 创新龙头, 高企后备, 科技小巨人): versions are only inserted, never edited;
      // parameters is the JSON of domain/tier_policy_params. The pool keeps the version that marked an exit
      // candidate beside the one that nominated it (rule_set).
      {"cultivation/020_tier_policies",
       R"(CREATE TABLE cultivation_tier_policies (
            id {{ID}},
            tier TEXT NOT NULL,
            region_code TEXT NOT NULL,
            version INTEGER NOT NULL,
            parameters TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            basis TEXT NOT NULL,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            UNIQUE (tier, region_code, version));
          ALTER TABLE cultivation_reserve_pool ADD COLUMN exit_rule_set TEXT NOT NULL DEFAULT '';)"},
      // How a service officer's visit was made (domain/service_visit: on_site | phone | online | meeting).
      {"cultivation/021_visit_form",
       R"(ALTER TABLE cultivation_service_visits ADD COLUMN form TEXT NOT NULL DEFAULT 'on_site';)"},
      // The city's yearly targets per county: 科技型中小企业 entered and 高企 (fiscal year of the annual reports).
      {"cultivation/022_targets",
       R"(CREATE TABLE cultivation_targets (
            fiscal_year INTEGER NOT NULL,
            region_code TEXT NOT NULL,
            tech_sme INTEGER NOT NULL,
            high_tech INTEGER NOT NULL,
            updated_by BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (fiscal_year, region_code));)"},
  };
}

}  // namespace kc::cultivation
