#pragma once
// Band tables: official scoring tables are kept as data, one row per band, highest band first. A row's
// lower edge is inclusive unless marked otherwise; the last row has no edge and takes everything below.
#include <optional>
#include <span>
#include <string_view>

#include "modules/cultivation/domain/decimal.hpp"

namespace kc::cultivation {

// A band that awards a fixed number of points (科技型中小企业 scoring).
struct PointsBand {
  std::string_view name;
  std::optional<Fraction> lower;  // inclusive; nullopt = below the previous row
  int points;

  bool admits(const Fraction& value) const { return !lower || value >= *lower; }
};

// A band that leaves the points to an expert within [min_points, max_points] (高企 创新能力评价).
struct RangeBand {
  std::string_view name;
  std::optional<Fraction> lower;  // nullopt = below the previous row
  bool lower_inclusive;
  int min_points;
  int max_points;

  bool admits(const Fraction& value) const {
    if (!lower) return true;
    return lower_inclusive ? value >= *lower : value > *lower;
  }
};

// The first (highest) row that admits `value`.
template <class Band>
const Band& band_for(const Fraction& value, std::span<const Band> table) {
  for (const Band& band : table)
    if (band.admits(value)) return band;
  return table.back();
}

}  // namespace kc::cultivation
