#pragma once
// Innovation platforms (创新平台) held in the registry: their types, levels and states as data, with the
// names the interface shows. The type names are the ones the bureau's own documents use (see platform_kind.cpp).
#include <string_view>
#include <vector>

namespace kc::registry {

struct PlatformCode {
  std::string_view code;  // stable, stored and sent by the API
  std::string_view name;  // Chinese, shown to users
};

const std::vector<PlatformCode>& platform_types();
const std::vector<PlatformCode>& platform_levels();
// recognised (已认定) | under_review (认定审核中, not yet counted) | revoked (已撤销, counted until revoked_on).
const std::vector<PlatformCode>& platform_statuses();

// The Chinese name of a code of the given table; "" for an unknown code (so "" also means invalid).
std::string_view platform_code_name(const std::vector<PlatformCode>& table, std::string_view code);

}  // namespace kc::registry
