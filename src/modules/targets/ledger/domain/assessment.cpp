#include "modules/targets/ledger/domain/assessment.hpp"

#include <algorithm>

namespace kc::targets::ledger {
namespace {

constexpr std::int64_t kDecimal = 10'000;  // scale of the ledger's decimals (weights, progress, penalties)

// num / den rounded half up (non-negative operands, den > 0).
__int128 divide_half_up(__int128 num, __int128 den) { return (num * 2 + den) / (den * 2); }

std::int64_t weight_of(const AssessmentScheme& s, std::int64_t id) {
  auto it = s.item_weights.find(id);
  return it == s.item_weights.end() ? kDecimal : it->second;
}

// Share of `part` in `whole`; 1 when nothing was due.
Fixed share(std::int64_t part, std::int64_t whole) {
  return whole <= 0 ? Fixed::whole(1) : Fixed::ratio(std::min(part, whole), whole);
}

Fixed target_completion(const AssessmentScheme& s, const AssessedItem& item) {
  auto target = item.target_value.value_or(0);
  if (target <= 0) return Fixed::whole(1);
  auto ratio = Fixed::ratio(std::max<std::int64_t>(item.progress.value_or(0), 0), target);
  return std::min(ratio, Fixed::ratio(s.cap_percent, 100));
}

// Weighted mean of `rate_of` over the items of one kind (one rounding, at the end); nullopt when there are none.
template <typename RateOf>
std::optional<Fixed> weighted_mean(const AssessmentScheme& s, const std::vector<AssessedItem>& items, bool targets, RateOf rate_of) {
  __int128 sum = 0, weights = 0;  // sum at scale 10^12 × 10^4, weights at 10^4
  for (const auto& item : items) {
    if (item.is_target != targets) continue;
    auto w = weight_of(s, item.id);
    sum += rate_of(item).units * w;
    weights += w;
  }
  if (weights == 0) return std::nullopt;
  return Fixed{divide_half_up(sum, weights)};
}

}  // namespace

Fixed Fixed::whole(std::int64_t n) { return {static_cast<__int128>(n) * kScale}; }
Fixed Fixed::ratio(__int128 num, __int128 den) { return {divide_half_up(num * kScale, den)}; }
Fixed Fixed::over(std::int64_t n) const { return {divide_half_up(units, n)}; }

std::string Fixed::hundredths() const {
  auto h = divide_half_up(units, kScale / 100);
  auto whole = static_cast<long long>(h / 100);
  auto frac = static_cast<int>(h % 100);
  return std::to_string(whole) + "." + (frac < 10 ? "0" : "") + std::to_string(frac);
}

UnitScore score_unit(const AssessmentScheme& s, std::string unit, const std::vector<AssessedItem>& items) {
  UnitScore out;
  out.unit = std::move(unit);
  for (const auto& item : items) {
    (item.is_target ? out.targets : out.tasks) += 1;
    out.overdue_reports += item.overdue_reports;
  }
  auto target_rate = weighted_mean(s, items, true, [&](const AssessedItem& i) { return target_completion(s, i); });
  auto on_time = weighted_mean(s, items, false, [](const AssessedItem& i) { return share(i.on_time_reports, i.due_reports); });
  auto accepted = weighted_mean(s, items, false, [](const AssessedItem& i) { return share(i.accepted_reports, i.due_reports); });
  out.target_rate = target_rate.value_or(Fixed{});
  out.on_time_rate = on_time.value_or(Fixed{});
  out.accepted_rate = accepted.value_or(Fixed{});
  out.task_rate = (out.on_time_rate.times(s.on_time_percent) + out.accepted_rate.times(100 - s.on_time_percent)).over(100);

  // Categories present share all the points in proportion to their weights.
  std::int64_t all = s.target_points + s.task_points;
  std::int64_t present = (target_rate ? s.target_points : 0) + (on_time ? s.task_points : 0);
  if (present > 0) {
    if (target_rate) out.target_points = out.target_rate.times(s.target_points * all).over(present);
    if (on_time) out.task_points = out.task_rate.times(s.task_points * all).over(present);
  }
  out.penalty = Fixed::ratio(static_cast<__int128>(s.overdue_penalty) * out.overdue_reports, kDecimal);
  auto points = out.target_points + out.task_points;
  out.score = points < out.penalty ? Fixed{} : points - out.penalty;
  return out;
}

std::vector<RankedScore> rank_scores(std::vector<UnitScore> scores) {
  std::sort(scores.begin(), scores.end(), [](const UnitScore& a, const UnitScore& b) {
    if (!(a.score == b.score)) return b.score < a.score;
    return a.unit < b.unit;
  });
  std::vector<RankedScore> out;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    bool tie = i > 0 && scores[i - 1].score == scores[i].score;
    out.push_back({tie ? out.back().rank : static_cast<int>(i + 1), std::move(scores[i])});
  }
  return out;
}

}  // namespace kc::targets::ledger
