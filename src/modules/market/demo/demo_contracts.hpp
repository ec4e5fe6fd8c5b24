#pragma once
// Deterministic demo technology contracts for `kechuang demo-data`, so that the contract registry and the turnover
// statistics (成交额) show figures: sellers are demo organisations of 平顶山市 first, buyers other demo
// organisations; each contract is filed with insert_contract and then registered (with a number from the same
// serial counter as a registrar's decision), refused, or left pending.
#include <cstdint>

#include "db/db.hpp"

namespace kc::market {

struct DemoContractOptions {
  int contracts = 40;
  std::uint64_t seed = 20261122;
};

struct DemoContractSummary {
  int pending = 0, registered = 0, refused = 0;
  int total() const { return pending + registered + refused; }
};

// One transaction; adds nothing when contracts exist already (a second run) or fewer than two organisations do.
DemoContractSummary generate_demo_contracts(db::Database& db, DemoContractOptions options, std::int64_t now_ms);

}  // namespace kc::market
