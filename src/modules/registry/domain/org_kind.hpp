#pragma once
// Kinds and review states of organisations, with the names the interface shows.
#include <optional>
#include <string_view>

namespace kc::registry {

enum class OrgKind { Enterprise, University, Institute, ServiceProvider, CityBureau, CountyBureau };

std::optional<OrgKind> parse_org_kind(std::string_view code);
std::string_view org_kind_code(OrgKind k);
std::string_view org_kind_name(OrgKind k);
std::string_view org_kind_name(std::string_view code);  // "" for an unknown code
bool is_bureau(OrgKind k);

// Review states: pending → approved | rejected (a rejected organisation may be corrected and resubmitted).
std::string_view org_status_name(std::string_view status);

}  // namespace kc::registry
