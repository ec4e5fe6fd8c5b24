// Registry schema: organisations and the reference tables their codes are checked against.
#include "modules/registry/schema.hpp"

#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/platform_schema.hpp"

namespace kc::registry {

std::vector<db::Migration> migrations() {
  return {
      {"registry/001_reference",
       R"(CREATE TABLE ref_regions (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
             parent_code TEXT, full_name TEXT NOT NULL);
          CREATE INDEX ref_regions_parent ON ref_regions (parent_code);
          CREATE TABLE ref_industries (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
             parent_code TEXT);
          CREATE INDEX ref_industries_parent ON ref_industries (parent_code);
          CREATE TABLE ref_hightech_fields (code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL,
             parent_code TEXT);)",
       load_reference_tables},
      {"registry/002_orgs",
       R"(CREATE TABLE orgs (
            id {{ID}},
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            credit_code TEXT NOT NULL UNIQUE,
            region_code TEXT NOT NULL,
            industry_code TEXT,
            address TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            reject_reason TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            reviewed_at BIGINT,
            reviewed_by BIGINT);
          CREATE INDEX orgs_region ON orgs (region_code);
          CREATE INDEX orgs_status ON orgs (status);
          CREATE INDEX orgs_kind ON orgs (kind);
          CREATE TABLE record_assignments (
            user_id BIGINT NOT NULL,
            record_type TEXT NOT NULL,
            record_id BIGINT NOT NULL,
            PRIMARY KEY (user_id, record_type, record_id));)"},
      platform_migration(),
  };
}

}  // namespace kc::registry
