#pragma once
// Who sees and manages what in the ledger. Bureau staff manage the documents and items of their own
// jurisdiction (a city bureau: the whole city; a county bureau: its county), exactly like the registry's
// region scope; a responsible unit (the lead organisation of an item) also sees and reports on its items.
#include <cstdint>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "db/db.hpp"

namespace kc::targets::ledger {

struct LedgerScope {
  bool all = false;
  std::string region_prefix;
  std::int64_t org_id = 0;
};

LedgerScope ledger_scope_for(const api::Principal& p);
std::vector<db::Value> doc_scope_params(const LedgerScope& s);   // $1..$2 of KC_DOC_SCOPE
std::vector<db::Value> item_scope_params(const LedgerScope& s);  // $1..$3 of KC_LEDGER_SCOPE
// Whether the caller manages records of this region (not merely reports on them as the lead unit).
bool manages_region(const LedgerScope& s, const std::string& region_code);

// The document and ledger item rows (KC_DOC_COLUMNS + content / KC_LEDGER_COLUMNS) or 404.
db::Row document_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
db::Row ledger_item_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id);
// Like ledger_item_or_404 but 403 when the caller only reports on it.
db::Row managed_item_or_error(api::Ctx& ctx, db::Connection& c, std::int64_t id);

// Owner check for attachments of reports ("ledger_report"): 404 unless the caller sees the report's item.
void require_report_readable(api::Ctx& ctx, std::int64_t report_id);

}  // namespace kc::targets::ledger
