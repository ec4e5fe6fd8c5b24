#include "modules/targets/ledger/access.hpp"

#include "core/errors.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/targets/ledger/repository.hpp"

namespace kc::targets::ledger {

LedgerScope ledger_scope_for(const api::Principal& p) {
  auto org = registry::org_scope_for(p);
  LedgerScope s;
  s.all = org.all;
  if (auth::is_bureau_role(p.role)) s.region_prefix = org.region_prefix;
  s.org_id = p.org_id.value_or(0);
  return s;
}

std::vector<db::Value> doc_scope_params(const LedgerScope& s) { return {std::int64_t{s.all ? 1 : 0}, s.region_prefix}; }

std::vector<db::Value> item_scope_params(const LedgerScope& s) {
  return {std::int64_t{s.all ? 1 : 0}, s.region_prefix, s.org_id};
}

bool manages_region(const LedgerScope& s, const std::string& region_code) {
  return s.all || (!s.region_prefix.empty() && region_code.rfind(s.region_prefix, 0) == 0);
}

db::Row document_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = doc_scope_params(ledger_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kDocumentInScope, params);
  if (!row) throw ApiError(Err::NotFound, "政策文件不存在");
  return *row;
}

db::Row ledger_item_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = item_scope_params(ledger_scope_for(ctx.me()));
  params.push_back(id);
  auto row = c.query_one(sql::kLedgerInScope, params);
  if (!row) throw ApiError(Err::NotFound, "台账事项不存在");
  return *row;
}

db::Row managed_item_or_error(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto row = ledger_item_or_404(ctx, c, id);
  if (!manages_region(ledger_scope_for(ctx.me()), row.text(17)))
    throw ApiError(Err::Forbidden, "责任单位只能报送进展，不能管理台账");
  return row;
}

void require_report_readable(api::Ctx& ctx, std::int64_t report_id) {
  auto c = ctx.svc.db.read();
  auto report = c->query_one(sql::kReport, {report_id});
  if (!report) throw ApiError(Err::NotFound, "进展报告不存在");
  ledger_item_or_404(ctx, *c, report->i64(1));
}

}  // namespace kc::targets::ledger
