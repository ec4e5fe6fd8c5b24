#pragma once
// The figures of the periodic bulletin (定期通报) for a fiscal year within the caller's scope: the monitoring
// counts per county (monitoring_counts.hpp), ranked by domain/county_bulletin.
#include <vector>

#include "api/context.hpp"
#include "modules/cultivation/domain/county_bulletin.hpp"
#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

struct Bulletin {
  int year = 0;
  std::vector<CountyRank> ranked;
  CountyFigures total;
};

Bulletin bulletin_of(api::Ctx& ctx, int year);

// The tiers the bulletin counts, in print order.
std::vector<Tier> counted_tiers();

}  // namespace kc::cultivation
