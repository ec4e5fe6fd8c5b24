#pragma once
// Every ledger item in the caller's scope with its computed state at `now`: the item's JSON (progress,
// risk), its overdue and due reporting periods. Shared by warnings, the matrix and the bulletin.
#include <boost/json/object.hpp>

#include <optional>
#include <vector>

#include "api/context.hpp"
#include "modules/targets/ledger/domain/calendar.hpp"

namespace kc::targets::ledger {

struct ItemState {
  boost::json::object item;  // ledger_item_json
  std::optional<std::int64_t> lead_org_id;
  std::vector<Period> overdue;   // reports overdue now
  std::int64_t due_reports = 0;  // periods whose report is due by now (0 for bound targets)
  std::vector<Period> due;       // those periods
  bool is_target() const;
  // The responsible unit's name ("未指定责任单位" when none) and the region of the bureau that entered the
  // item ("未指定地区"): the groups of the bulletin and the assessment.
  std::string unit_name() const;
  std::string region_name() const;
  // "completed" | "at_risk" | "overdue" | "on_track"
  std::string status() const;
};

struct LedgerScope;
// Every item in `scope` at `now`; reports are read in bulk (two queries), indicators once per binding.
std::vector<ItemState> item_states(db::Connection& c, const LedgerScope& scope, EpochMs now);
// The caller's scope at the request's time.
std::vector<ItemState> item_states(api::Ctx& ctx, db::Connection& c);

}  // namespace kc::targets::ledger
