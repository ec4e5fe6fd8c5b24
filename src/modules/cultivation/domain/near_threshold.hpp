#pragma once
// "Close to the next threshold" (临界企业): an enterprise whose ratio lies just below the lower edge of
// the next band up, e.g. R&D at 5.6 % of sales with the next band starting at 6 %. This is what officers
// act on. Exact: the ratio, the edge and the margin are Fractions; nothing is rounded before comparing.
#include <optional>
#include <span>
#include <string_view>

#include "modules/cultivation/domain/bands.hpp"
#include "modules/cultivation/domain/decimal.hpp"

namespace kc::cultivation {

struct NearEdge {
  std::string_view band;       // the band the ratio is in now
  std::string_view next_band;  // the band just above
  int points_gain = 0;         // points the next band adds
  Fraction edge;               // inclusive lower edge of the next band
  Fraction gap;                // edge − ratio, > 0 and ≤ margin
};

// nullopt when the ratio is in the top band or further than `margin` below the next edge.
std::optional<NearEdge> near_next_band(const Fraction& ratio, std::span<const PointsBand> table, const Fraction& margin);

// Percentage points as an exact Fraction: "0.5" → 1/200. nullopt for text that is not a decimal in [0, 100].
std::optional<Fraction> percentage_points(std::string_view text);

}  // namespace kc::cultivation
