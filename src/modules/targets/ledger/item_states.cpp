#include "modules/targets/ledger/item_states.hpp"

#include "modules/registry/domain/reference_data.hpp"
#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/domain/warnings.hpp"
#include "modules/targets/ledger/ledger_items.hpp"
#include "modules/targets/ledger/repository.hpp"

namespace kc::targets::ledger {
namespace {

// Column positions of KC_LEDGER_COLUMNS used here.
constexpr std::size_t kLeadOrg = 9, kPeriodStart = 12, kDeadline = 13, kCycle = 14, kMetric = 15;

}  // namespace

bool ItemState::is_target() const { return item.at("kind") == "target"; }

std::string ItemState::unit_name() const {
  const auto& unit = item.at("lead_unit");
  return unit.is_string() && !unit.as_string().empty() ? std::string(unit.as_string()) : "未指定责任单位";
}

std::string ItemState::region_name() const {
  const auto& code = item.at("region_code");
  const auto* region = code.is_string() ? registry::find_region(std::string_view(code.as_string())) : nullptr;
  return region ? region->name : "未指定地区";
}

std::string ItemState::status() const {
  if (item.at("completed").as_bool()) return "completed";
  if (item.at("at_risk").as_bool()) return "at_risk";
  if (!overdue.empty()) return "overdue";
  return "on_track";
}

std::vector<ItemState> item_states(api::Ctx& ctx, db::Connection& c) {
  return item_states(c, ledger_scope_for(ctx.me()), ctx.now_ms());
}

std::vector<ItemState> item_states(db::Connection& c, const LedgerScope& scope, EpochMs now) {
  std::vector<ItemState> out;
  auto params = item_scope_params(scope);
  ProgressSource source(c);
  source.load_reports_in_scope(params);
  for (const auto& r : c.query(sql::kLedgerAllInScope, params)) {
    ItemState s{ledger_item_json(source, r, now), r.opt_i64(kLeadOrg), {}, 0};
    if (r.is_null(kMetric)) {
      auto cycle = parse_cycle(r.text(kCycle)).value_or(Cycle::Quarterly);
      s.due = overdue_periods(cycle, r.i64(kPeriodStart), r.i64(kDeadline), now, {});
      s.due_reports = static_cast<std::int64_t>(s.due.size());
      s.overdue = overdue_periods(cycle, r.i64(kPeriodStart), r.i64(kDeadline), now, source.standing_periods(r.i64(0)));
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kc::targets::ledger
