#pragma once
// 高新技术企业认定 (high-tech enterprise certificates). Certification is decided by the provincial
// recognition body; the city bureau records each certificate it announces (number and date) so that
// "certified in year Y" is a fact the platform knows. An annual report only says whether the enterprise
// holds a valid certificate (hnte_cert_valid), not when it was granted, hence this record.
#include <vector>

#include "api/api.hpp"
#include "db/migrate.hpp"

namespace kc::cultivation {

// Table cultivation_hnte_certifications (one certificate per enterprise and year, numbers unique).
std::vector<db::Migration> certification_migrations();

// POST /api/v1/cultivation/high-tech-certifications {org_id, certificate_no, certified_on}
//   (admin, city_admin, city_officer; an approved enterprise in scope) → 201;
// GET /api/v1/cultivation/high-tech-certifications?year= (bureau staff, scoped) → list.
void register_certification_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
