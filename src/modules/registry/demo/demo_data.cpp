// generate_demo_orgs: streams DemoOrgGenerator into `orgs` in one transaction.
#include "modules/registry/demo/demo_data.hpp"

#include "core/errors.hpp"

namespace kc::registry {
namespace {

constexpr int kMaxDemoOrgs = 1'000'000;

const db::Query kInsertOrg{"demo.insert_org",
                           "INSERT INTO orgs (name, kind, credit_code, region_code, industry_code, address, "
                           "contact_name, contact_phone, status, reject_reason, created_at, reviewed_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"};

void count(DemoSummary& s, const DemoOrg& org) {
  ++s.inserted;
  if (org.kind == "enterprise") ++s.enterprises;
  if (org.kind == "university") ++s.universities;
  if (org.kind == "institute") ++s.institutes;
  if (org.kind == "service_provider") ++s.service_providers;
  if (org.status == "approved") ++s.approved;
  if (org.status == "pending") ++s.pending;
  if (org.status == "rejected") ++s.rejected;
}

}  // namespace

DemoSummary generate_demo_orgs(db::Database& db, DemoOptions options, std::int64_t now_ms) {
  if (options.orgs < 1 || options.orgs > kMaxDemoOrgs)
    throw ApiError(Err::FieldInvalid, "演示单位数量应在1至1000000之间", "orgs");
  DemoOrgGenerator generator(options.seed, now_ms);
  DemoSummary summary;
  auto conn = db.write();
  db::Transaction tx(*conn);
  try {
    for (int i = 0; i < options.orgs; ++i) {
      DemoOrg org = generator.next();
      conn->exec(kInsertOrg, {org.name, org.kind, org.credit_code, org.region_code, org.industry_code, org.address,
                              org.contact_name, org.contact_phone, org.status, org.reject_reason, org.created_at,
                              org.reviewed_at ? db::Value(*org.reviewed_at) : db::kNull});
      count(summary, org);
    }
  } catch (const db::DbError& e) {
    if (!e.unique_violation()) throw;
    throw ApiError(Err::CreditCodeTaken, "该随机种子的演示数据已导入过，请换一个种子", "seed");
  }
  tx.commit();
  return summary;
}

}  // namespace kc::registry
