#include "modules/market/search_targets.hpp"

#include "core/errors.hpp"

namespace kc::market {

const SearchTarget& demand_target() {
  static const SearchTarget k{"demand", "market_listings", "type", "market_fts_demand",
                              "',' || l.hightech_field || ','", "',' || coalesce(l.industry_code, '') || ','",
                              "l.mode", "", "l.title", "market_listings_search_filters"};
  return k;
}

const SearchTarget& achievement_target() {
  static const SearchTarget k{"achievement", "market_listings", "type", "market_fts_achievement",
                              "',' || l.hightech_field || ','", "',' || coalesce(l.industry_code, '') || ','",
                              "l.mode", "l.maturity", "l.title", "market_listings_search_filters"};
  return k;
}

const SearchTarget& expert_target() {
  static const SearchTarget k{"expert", "market_profiles", "kind", "market_fts_expert", "l.fields", "l.industries",
                              "", "", "l.name", "market_profiles_search_filters"};
  return k;
}

const SearchTarget& agency_target() {
  static const SearchTarget k{"agency", "market_profiles", "kind", "market_fts_agency", "l.fields", "l.industries",
                              "", "", "l.name", "market_profiles_search_filters"};
  return k;
}

const std::vector<const SearchTarget*>& all_search_targets() {
  static const std::vector<const SearchTarget*> k{&demand_target(), &achievement_target(), &expert_target(),
                                                  &agency_target()};
  return k;
}

const SearchTarget& search_target(std::string_view code) {
  for (const SearchTarget* t : all_search_targets())
    if (t->code == code) return *t;
  throw ApiError(Err::FieldInvalid, "type 应为 achievement、demand、expert 或 agency", "type");
}

}  // namespace kc::market
