#pragma once
// The official field a demo record is filed under, shared by the demo listings and experts.
#include <string>
#include <string_view>
#include <vector>

#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market::demo {

// A level-3 高新技术领域 under the level-1 field whose name contains the theme's keyword (any level-3 field
// when the reference table has none), so the listing is filed under a plausible official field.
inline std::string field_code_for(registry::demo::DemoRandom& rng, std::string_view keyword) {
  const auto& fields = registry::all_hightech_fields();
  std::string prefix;
  for (const auto& f : fields)
    if (f.level == 1 && f.name.find(keyword) != std::string::npos) prefix = f.code;
  std::vector<const registry::HightechField*> leaves;
  for (const auto& f : fields)
    if (f.level == 3 && f.code.starts_with(prefix)) leaves.push_back(&f);
  return leaves[rng.below(leaves.size())]->code;
}

}  // namespace kc::market::demo
