#include "modules/targets/ledger/progress.hpp"

#include "modules/targets/ledger/domain/decimal.hpp"
#include "modules/targets/ledger/repository.hpp"

namespace kc::targets::ledger {
namespace {

// Column positions of KC_LEDGER_COLUMNS used here.
constexpr std::size_t kId = 0, kMetricId = 15, kMetricParams = 16;

const db::Query kAcceptedInScope{
    "ledger.reports_accepted_in_scope",
    "SELECT r.item_id, r.progress FROM ledger_reports r JOIN ledger_items i ON i.id = r.item_id "
    "WHERE r.status = 'accepted' AND r.progress IS NOT NULL AND" KC_LEDGER_SCOPE
    "ORDER BY r.item_id, r.report_period, r.id"};
const db::Query kStandingInScope{
    "ledger.reports_standing_in_scope",
    "SELECT r.item_id, r.report_period FROM ledger_reports r JOIN ledger_items i ON i.id = r.item_id "
    "WHERE r.status IN ('submitted', 'accepted') AND" KC_LEDGER_SCOPE};

}  // namespace

void ProgressSource::load_reports_in_scope(const std::vector<db::Value>& scope) {
  // Ordered by period then id: the last row of an item is its latest accepted report.
  for (const auto& r : c_.query(kAcceptedInScope, scope)) latest_accepted_[r.i64(0)] = r.text(1);
  for (const auto& r : c_.query(kStandingInScope, scope)) standing_[r.i64(0)].insert(r.text(1));
  loaded_ = true;
}

Progress ProgressSource::progress_of(const db::Row& item) {
  if (!item.is_null(kMetricId)) return {indicators_.value(item.text(kMetricId), item.text(kMetricParams)), true};
  std::optional<std::string> latest;
  if (loaded_) {
    if (auto it = latest_accepted_.find(item.i64(kId)); it != latest_accepted_.end()) latest = it->second;
  } else if (auto row = c_.query_one(sql::kLatestAccepted, {item.i64(kId)})) {
    latest = row->text(0);
  }
  if (!latest) return {};
  return {parse_decimal(*latest), false};
}

std::set<std::string> ProgressSource::standing_periods(std::int64_t item_id) {
  if (loaded_) {
    auto it = standing_.find(item_id);
    return it == standing_.end() ? std::set<std::string>{} : it->second;
  }
  std::set<std::string> out;
  for (const auto& r : c_.query(sql::kStandingPeriods, {item_id})) out.insert(r.text(0));
  return out;
}

}  // namespace kc::targets::ledger
