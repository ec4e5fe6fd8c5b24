#include "modules/market/permissions.hpp"

#include "core/errors.hpp"
#include "modules/market/repository.hpp"
#include "modules/registry/domain/scope.hpp"

namespace kc::market {

db::Row contract_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = registry::scope_params(registry::org_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kContractInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

void require_contract_readable(api::Ctx& ctx, std::int64_t id) {
  auto c = ctx.svc.db.read();
  contract_in_scope_or_404(ctx, *c, id);
}

}  // namespace kc::market
