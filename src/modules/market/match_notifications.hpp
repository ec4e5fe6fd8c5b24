#pragma once
// New matches, found once when a demand or achievement is published: stored in market_matches and announced as
// in-site notifications to both sides. Work is proportional to the new record's candidates, never a rescan.
#include "core/clock.hpp"
#include "modules/market/matching.hpp"

namespace kc::market {

inline constexpr std::size_t kAnnouncedMatches = 5;  // top N per published record
inline constexpr double kAnnounceMinScore = 3.0;     // e.g. the same field plus some shared terms …
inline constexpr double kAnnounceMinText = 1.0;      // … and about the same subject: a text cosine of 1/6 or more

// `record` is the just-published listing (KC_LISTING_COLUMNS). Returns the number of pairs stored.
std::size_t record_new_matches(db::Connection& c, const MatchContext& mc, const db::Row& record, EpochMs now);

// The web route of a listing's detail page (the notification's link).
std::string listing_link(ListingType type, std::int64_t id);

}  // namespace kc::market
