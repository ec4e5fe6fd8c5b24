#pragma once
// Who may create and manage which accounts, and which organisation kinds each role belongs to.
#include <optional>
#include <string_view>

#include "api/context.hpp"

namespace kc::accounts {

// Whether `actor` may create or manage an account with `target_role` in organisation `target_org`
// (whose kind is `target_org_kind`, "" for none).
bool may_manage(const api::Principal& actor, auth::Role target_role, std::optional<std::int64_t> target_org);

bool org_kind_fits_role(auth::Role role, std::string_view org_kind);

}  // namespace kc::accounts
