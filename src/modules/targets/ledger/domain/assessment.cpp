#include "modules/targets/ledger/domain/assessment.hpp"

#include <algorithm>
#include <numeric>

namespace kc::targets::ledger {
namespace {

constexpr std::int64_t kScale = 10'000;

__int128 gcd128(__int128 a, __int128 b) {
  if (a < 0) a = -a;
  while (b != 0) {
    auto t = a % b;
    a = b;
    b = t < 0 ? -t : t;
  }
  return a == 0 ? 1 : a;
}

Ratio reduced(__int128 num, __int128 den) {
  if (den < 0) num = -num, den = -den;
  auto g = gcd128(num, den);
  return {num / g, den / g};
}

Ratio weight_of(const AssessmentScheme& s, std::int64_t id) {
  auto it = s.item_weights.find(id);
  return Ratio::of(it == s.item_weights.end() ? kScale : it->second, kScale);
}

// Share of `part` in `whole`; 1 when nothing was due.
Ratio share(std::int64_t part, std::int64_t whole) { return whole <= 0 ? Ratio::of(1) : Ratio::of(std::min(part, whole), whole); }

Ratio target_completion(const AssessmentScheme& s, const AssessedItem& item) {
  auto cap = Ratio::of(s.cap_percent, 100);
  auto target = item.target_value.value_or(0);
  if (target <= 0) return Ratio::of(1);
  auto ratio = Ratio::of(std::max<std::int64_t>(item.progress.value_or(0), 0), target);
  return cap < ratio ? cap : ratio;
}

// Weighted mean of `rate_of` over the items of one kind; nullopt when the unit has none.
template <typename RateOf>
std::optional<Ratio> weighted_mean(const AssessmentScheme& s, const std::vector<AssessedItem>& items, bool targets, RateOf rate_of) {
  Ratio sum, weights;
  for (const auto& item : items) {
    if (item.is_target != targets) continue;
    auto w = weight_of(s, item.id);
    sum = sum + w * rate_of(item);
    weights = weights + w;
  }
  if (weights.num == 0) return std::nullopt;
  return sum / weights;
}

}  // namespace

Ratio Ratio::of(std::int64_t n, std::int64_t d) { return reduced(n, d); }
Ratio Ratio::operator+(const Ratio& o) const { return reduced(num * o.den + o.num * den, den * o.den); }
Ratio Ratio::operator-(const Ratio& o) const { return reduced(num * o.den - o.num * den, den * o.den); }
Ratio Ratio::operator*(const Ratio& o) const { return reduced(num * o.num, den * o.den); }
Ratio Ratio::operator/(const Ratio& o) const { return reduced(num * o.den, den * o.num); }
bool Ratio::operator<(const Ratio& o) const { return num * o.den < o.num * den; }
bool Ratio::operator==(const Ratio& o) const { return num * o.den == o.num * den; }

std::string Ratio::hundredths() const {
  __int128 h = (num * 100 * 2 + den) / (2 * den);  // half up (non-negative values)
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
  out.target_rate = target_rate.value_or(Ratio{});
  out.on_time_rate = on_time.value_or(Ratio{});
  out.accepted_rate = accepted.value_or(Ratio{});
  auto on_time_part = Ratio::of(s.on_time_percent, 100);
  out.task_rate = on_time_part * out.on_time_rate + (Ratio::of(1) - on_time_part) * out.accepted_rate;

  // Categories present share all 100 points in proportion to their weights.
  std::int64_t present = (target_rate ? s.target_points : 0) + (on_time ? s.task_points : 0);
  if (present > 0) {
    auto stretch = Ratio::of(s.target_points + s.task_points, present);
    if (target_rate) out.target_points = Ratio::of(s.target_points) * out.target_rate * stretch;
    if (on_time) out.task_points = Ratio::of(s.task_points) * out.task_rate * stretch;
  }
  out.penalty = Ratio::of(s.overdue_penalty, kScale) * Ratio::of(out.overdue_reports);
  auto points = out.target_points + out.task_points;
  out.score = points < out.penalty ? Ratio{} : points - out.penalty;
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
