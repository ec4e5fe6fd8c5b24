#include "modules/registry/permissions.hpp"

#include "core/errors.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/repository.hpp"

namespace kc::registry {

db::Row org_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = scope_params(org_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kOrgInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

void require_org_readable(api::Ctx& ctx, std::int64_t id) {
  auto c = ctx.svc.db.read();
  org_in_scope_or_404(ctx, *c, id);
}

}  // namespace kc::registry
