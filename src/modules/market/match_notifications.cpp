#include "modules/market/match_notifications.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "modules/market/listings.hpp"
#include "modules/market/matching_repository.hpp"
#include "notifications/notifications.hpp"

namespace kc::market {
namespace {

// Only matches a person would act on: above the threshold and about the same subject. Codes alone (same field,
// same city) are shared by too many records to be news.
bool worth_announcing(const MatchScore& m) { return m.score >= kAnnounceMinScore && m.text >= kAnnounceMinText; }

std::string labels(const boost::json::array& reasons) {
  std::string out;
  for (const auto& r : reasons) out += (out.empty() ? "" : "；") + std::string(r.at("label").as_string());
  return out;
}

void notify_org(db::Connection& c, std::int64_t org_id, const notifications::Notice& notice, EpochMs now) {
  for (const auto& user : c.query(sql::kOrgUsers, {org_id})) notifications::notify(c, user.i64(0), notice, now);
}

struct Side {
  ListingType type;
  std::int64_t id, org_id;
  std::string title;
};

// One notice per pair and user, whichever side was published last (the key names the demand first).
std::string pair_key(const Side& a, const Side& b) {
  const Side& demand = a.type == ListingType::Demand ? a : b;
  const Side& achievement = a.type == ListingType::Demand ? b : a;
  return "market.match:" + std::to_string(demand.id) + ":" + std::to_string(achievement.id);
}

void announce(db::Connection& c, const Side& fresh, const Side& earlier, const std::string& why, EpochMs now) {
  std::string key = pair_key(fresh, earlier);
  notify_org(c, fresh.org_id,
             {"market.match", std::string("您的") + listing_type_name(fresh.type) + "「" + fresh.title + "」有新的匹配" +
                                  listing_type_name(earlier.type) + "：「" + earlier.title + "」",
              why, listing_link(earlier.type, earlier.id), key},
             now);
  notify_org(c, earlier.org_id,
             {"market.match", std::string("新发布的") + listing_type_name(fresh.type) + "「" + fresh.title +
                                  "」与您的" + listing_type_name(earlier.type) + "「" + earlier.title + "」匹配",
              why, listing_link(fresh.type, fresh.id), key},
             now);
}

}  // namespace

std::string listing_link(ListingType type, std::int64_t id) {
  return std::string("/market/") + (type == ListingType::Demand ? "demands/" : "achievements/") + std::to_string(id);
}

std::size_t record_new_matches(db::Connection& c, const MatchContext& mc, const db::Row& record, EpochMs now) {
  Side fresh{listing_type_of(record.text(1)), record.i64(0), record.i64(2), record.text(4)};
  ListingType other = other_type(fresh.type);
  std::size_t stored = 0;
  for (const auto& m : find_similar(c, mc, record, kAnnouncedMatches).listings) {
    if (!worth_announcing(m.match)) continue;
    auto row = c.query_one(sql::kPublishedListing, {std::string(listing_type_code(other)), m.id});
    if (!row) continue;
    auto reasons = reasons_json(m.match.reasons);
    c.exec(sql::kInsertMatch, {std::string(listing_type_code(fresh.type)), fresh.id,
                               std::string(listing_type_code(other)), m.id, static_cast<std::int64_t>(std::llround(m.match.score * 1000)),
                               boost::json::serialize(reasons), now});
    announce(c, fresh, {other, m.id, m.org_id, row->text(4)}, labels(reasons), now);
    ++stored;
  }
  return stored;
}

}  // namespace kc::market
