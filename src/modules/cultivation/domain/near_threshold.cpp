#include "modules/cultivation/domain/near_threshold.hpp"

namespace kc::cultivation {

std::optional<NearEdge> near_next_band(const Fraction& ratio, std::span<const PointsBand> table, const Fraction& margin) {
  // Rows are ordered highest first: the ratio's band is the first row admitting it; the row above is next.
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (!table[i].admits(ratio)) continue;
    if (i == 0) return std::nullopt;  // top band
    const auto& next = table[i - 1];
    Fraction gap = *next.lower - ratio;
    if (gap > margin) return std::nullopt;
    return NearEdge{table[i].name, next.name, next.points - table[i].points, *next.lower, gap};
  }
  return std::nullopt;
}

std::optional<Fraction> percentage_points(std::string_view text) {
  auto value = Decimal::parse(text);
  if (!value || value->is_negative() || *value > Decimal::whole(100)) return std::nullopt;
  return Fraction::of(*value) / Fraction::integer(100);
}

}  // namespace kc::cultivation
