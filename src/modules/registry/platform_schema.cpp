// Schema of innovation platforms: one row per platform, hosted by an organisation of the registry. Dates are
// civil dates (YYYY-MM-DD text, which orders correctly on both databases).
#include "modules/registry/platform_schema.hpp"

namespace kc::registry {

db::Migration platform_migration() {
  return {"registry/020_platforms",
          R"(CREATE TABLE platforms (
               id {{ID}},
               name TEXT NOT NULL,
               type TEXT NOT NULL,
               level TEXT NOT NULL,
               host_org_id BIGINT NOT NULL REFERENCES orgs (id),
               recognised_on TEXT,
               document_no TEXT NOT NULL DEFAULT '',
               field_code TEXT,
               contact_name TEXT NOT NULL DEFAULT '',
               contact_phone TEXT NOT NULL DEFAULT '',
               status TEXT NOT NULL,
               revoked_on TEXT,
               revoke_reason TEXT NOT NULL DEFAULT '',
               created_at BIGINT NOT NULL,
               updated_at BIGINT NOT NULL,
               created_by BIGINT);
             CREATE INDEX platforms_host ON platforms (host_org_id);
             CREATE INDEX platforms_type_status ON platforms (type, status);)"};
}

}  // namespace kc::registry
