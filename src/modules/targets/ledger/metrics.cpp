#include "modules/targets/ledger/metrics.hpp"

#include <boost/json.hpp>

namespace kc::targets::ledger {
namespace {
const indicators::Registry* g_registry = nullptr;
const indicators::Registry kEmpty;
}  // namespace

void use_indicators(const indicators::Registry& registry) { g_registry = &registry; }

const indicators::Registry& indicator_registry() { return g_registry ? *g_registry : kEmpty; }

std::optional<std::int64_t> IndicatorValues::value(const std::string& id, const std::string& params_json) {
  auto key = id + '\n' + params_json;
  if (auto it = values_.find(key); it != values_.end()) return it->second;
  const auto* indicator = indicator_registry().find(id);
  std::optional<std::int64_t> v;
  if (indicator) v = indicator->compute(c_, boost::json::parse(params_json).as_object());
  values_.emplace(key, v);
  return v;
}

}  // namespace kc::targets::ledger
