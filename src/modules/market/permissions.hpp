#pragma once
// Row-level permission on technology contracts: bureau staff see the contracts whose seller is in their
// jurisdiction, organisations their own, experts those assigned to them (SQL: KC_CONTRACT_SCOPE).
#include "api/context.hpp"
#include "db/db.hpp"

namespace kc::market {

// The contract as KC_CONTRACT_COLUMNS if the caller's scope includes it; otherwise 404 NOT_FOUND.
db::Row contract_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
// Owner check for attachments of record type "tech_contract": 404 unless the caller may read the contract.
void require_contract_readable(api::Ctx& ctx, std::int64_t id);

}  // namespace kc::market
