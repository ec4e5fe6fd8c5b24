#pragma once
// Deterministic demo organisations across the counties of 河南省, for `kechuang demo`, screenshots and load tests.
// Same seed and clock → the same organisations, byte for byte. Demo users are created elsewhere (they need
// password hashes); this only fills `orgs`.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "db/db.hpp"

namespace kc::registry {

struct DemoOptions {
  int orgs = 1000;
  std::uint64_t seed = 20261122;
};

struct DemoSummary {
  int inserted = 0;
  int enterprises = 0;
  int universities = 0;
  int institutes = 0;
  int service_providers = 0;
  int approved = 0;
  int pending = 0;
  int rejected = 0;
};

// One row for `orgs`; `kind` and `status` use the API's codes (docs/api.md).
struct DemoOrg {
  std::string name;
  std::string kind;
  std::string credit_code;
  std::string region_code;
  std::string industry_code;
  std::string address;
  std::string contact_name;
  std::string contact_phone;
  std::string status;
  std::string reject_reason;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> reviewed_at;
};

// Produces organisations one at a time (constant memory apart from the sets that keep names and codes unique).
class DemoOrgGenerator {
 public:
  DemoOrgGenerator(std::uint64_t seed, std::int64_t now_ms);
  ~DemoOrgGenerator();
  DemoOrg next();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Inserts options.orgs organisations in one transaction with one prepared statement. The credit codes are new
// for a given seed; running twice with the same seed on the same database inserts nothing and throws
// kc::ApiError(CreditCodeTaken, …, "seed"). Throws kc::ApiError(FieldInvalid, …, "orgs") unless 1 ≤ orgs ≤ 1,000,000.
DemoSummary generate_demo_orgs(db::Database& db, DemoOptions options, std::int64_t now_ms);

}  // namespace kc::registry
