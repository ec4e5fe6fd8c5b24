#pragma once
// Live metrics a ledger target can be bound to are the platform's indicators (src/indicators): each
// module registers the figures it owns at start-up, and the ledger only reads the registry. Progress of a
// bound target is always computed, never typed.
#include <map>
#include <optional>
#include <string>

#include "indicators/indicators.hpp"

namespace kc::targets::ledger {

// The registry the ledger reads, given once by register_routes before serving (read-only afterwards).
void use_indicators(const indicators::Registry& registry);
const indicators::Registry& indicator_registry();

// Indicator values memoised for one request: many items bound to the same indicator with the same
// parameters cost one query (the dashboard would otherwise run one query per item).
class IndicatorValues {
 public:
  explicit IndicatorValues(db::Connection& c) : c_(c) {}
  // nullopt: the indicator is not registered (its module is no longer loaded).
  std::optional<std::int64_t> value(const std::string& id, const std::string& params_json);

 private:
  db::Connection& c_;
  std::map<std::string, std::optional<std::int64_t>> values_;  // id + '\n' + params
};

}  // namespace kc::targets::ledger
