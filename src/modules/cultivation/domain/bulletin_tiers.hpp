#pragma once
// Tier counts for the periodic bulletin: which tiers (瞪羚, 雏鹰, 创新龙头, 科技小巨人 …) an enterprise reaches in a
// fiscal year, by the tier policies of tier_rules, from the figures of its filed annual reports.
//
// Conventions (no document fixes them for a bulletin): the figures are those of the year's report; the revenue
// history is that report's revenue preceded by the reports of the consecutive years before it (a gap ends the
// history, so a growth rule without enough years is not met); the evaluation date is the end of the fiscal year
// (31 December); an enterprise whose report has no founding date, or whose figures are inconsistent
// (tier_rules rejects them), reaches no tier.
#include <vector>

#include "modules/cultivation/domain/reserve_pool.hpp"
#include "modules/cultivation/domain/tier_rules.hpp"

namespace kc::cultivation {

// One filed annual report of an enterprise, as the tier counts read it.
struct EnterpriseYear {
  int fiscal_year = 0;
  bool entered_tech_sme = false;  // the report is registered, under publicity or final
  ReserveFacts facts;
};

// The tiers of `policies` that the enterprise with these reports (any order, one per year) reaches in `year`.
std::vector<Tier> tiers_reached(const std::vector<EnterpriseYear>& reports, int year,
                                const std::vector<TierPolicy>& policies);

}  // namespace kc::cultivation
