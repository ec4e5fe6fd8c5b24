#pragma once
// Row-level permission of the registry: the SQL scope predicate is in domain/scope.hpp; these apply it to one record.
#include "api/context.hpp"
#include "db/db.hpp"

namespace kc::registry {

// The organisation as KC_ORG_COLUMNS if the caller's scope includes it; otherwise 404 NOT_FOUND.
db::Row org_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
// For records owned by an organisation (attachments): 404 unless the caller may read it.
void require_org_readable(api::Ctx& ctx, std::int64_t id);

}  // namespace kc::registry
