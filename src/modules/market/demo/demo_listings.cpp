// generate_demo_listings: demands of enterprises and achievements of universities/institutes, published and indexed.
#include "modules/market/demo/demo_listings.hpp"

#include <span>
#include <string>
#include <vector>

#include "modules/market/demo/demo_fields.hpp"
#include "modules/market/demo/demo_phrases.hpp"
#include "modules/market/listing_repository.hpp"
#include "modules/market/listing_types.hpp"
#include "modules/market/listings.hpp"
#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market {
namespace {

using registry::demo::DemoRandom;
using namespace demo;  // the phrase lists

const std::string kDemoCityPrefix = "4104";  // 平顶山市, where the demo accounts work
constexpr std::int64_t kDemoUserId = 0;               // the generator, not a person: created_by/reviewed_by

const db::Query kAnyListing{"demo.any_listing", "SELECT 1 FROM market_listings"};
// Owners in the demo city first (ordered by id, so the choice is reproducible), then the rest of the province.
const db::Query kOwners{"demo.listing_owners",
                        "SELECT id, region_code FROM orgs WHERE status = 'approved' AND kind IN ($1, $2) "
                        "ORDER BY CASE WHEN substr(region_code, 1, 4) = $3 THEN 0 ELSE 1 END, id LIMIT 200"};

struct Owner {
  std::int64_t id;
  std::string region_code;
};

std::vector<Owner> owners(db::Connection& c, const char* kind_a, const char* kind_b) {
  std::vector<Owner> out;
  for (const auto& r : c.query(kOwners, {std::string(kind_a), std::string(kind_b), kDemoCityPrefix})) out.push_back({r.i64(0), r.text(1)});
  return out;
}

template <class T, std::size_t N>
std::string pick(DemoRandom& rng, const std::array<T, N>& items) {
  return std::string(rng.pick(std::span<const T>(items)));
}

const CodeName& pick_code(DemoRandom& rng, const std::vector<CodeName>& list) { return list[rng.below(list.size())]; }

std::string deadline_after(std::int64_t now_ms, DemoRandom& rng) {
  std::time_t t = static_cast<std::time_t>(now_ms / 1000 + rng.between(60, 360) * 86400);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

ListingInput demo_listing(DemoRandom& rng, ListingType type, const Owner& owner, std::int64_t now_ms) {
  const auto& theme = kThemes[rng.below(kThemes.size())];
  std::string subject = pick(rng, theme.subjects);
  std::string object = pick(rng, theme.objects);
  bool demand = type == ListingType::Demand;
  ListingInput in;
  in.title = subject + object + (demand ? pick(rng, kDemandGoals) : pick(rng, kAchievementGoals));
  in.body = std::string(theme.background) + "本项目围绕" + subject + object + "展开。" +
            (demand ? pick(rng, kDemandAsks) : pick(rng, kAchievementBenefits));
  in.keywords = std::string(theme.keywords);
  in.hightech_field = field_code_for(rng, theme.field_keyword);
  in.region_code = owner.region_code;
  in.contact_name = pick(rng, kContacts);
  in.contact_phone = "0375-" + std::to_string(rng.between(2000000, 8999999));
  if (demand) {
    in.mode = std::string(pick_code(rng, cooperation_modes()).code);
    std::int64_t min_wan = rng.between(5, 200);  // budgets in whole 万元, stored in 分
    in.budget_min_fen = min_wan * 1'000'000;
    in.budget_max_fen = (min_wan + rng.between(0, 300)) * 1'000'000;
    in.deadline = deadline_after(now_ms, rng);
  } else {
    in.mode = std::string(pick_code(rng, transfer_modes()).code);
    in.maturity = std::string(pick_code(rng, maturities()).code);
    in.patents = rng.percent(60) ? "ZL20" + std::to_string(rng.between(18, 24)) + "1" +
                                       std::to_string(rng.between(1000000, 9999999)) + ".X"
                                 : "";
    in.team = pick(rng, kTeams);
    if (rng.percent(70)) in.price_fen = rng.between(10, 500) * 1'000'000;  // otherwise 面议
  }
  return in;
}

// Stores a pending listing and publishes it the way a bureau's approval does (listing_routes.cpp: review).
void publish(db::Connection& c, ListingType type, const ListingInput& in, const Owner& owner,
             const search::Segmenter* seg, std::int64_t now_ms) {
  auto id = insert_listing(c, type, in, owner.id, kDemoUserId, now_ms);
  c.exec(sql::kReviewListing, {id, std::string("published"), std::string(), now_ms, kDemoUserId});
  if (seg) index_listing(c, type, id, index_text(*seg, in.title, in.keywords, in.body));
}

int generate(db::Connection& c, DemoRandom& rng, ListingType type, int count, const std::vector<Owner>& pool,
             const search::Segmenter* seg, std::int64_t now_ms) {
  if (pool.empty()) return 0;
  for (int i = 0; i < count; ++i) {
    const auto& owner = pool[rng.below(pool.size())];
    publish(c, type, demo_listing(rng, type, owner, now_ms), owner, seg, now_ms);
  }
  return count;
}

}  // namespace

DemoListingSummary generate_demo_listings(db::Database& db, DemoListingOptions options, const search::Segmenter* seg,
                                          std::int64_t now_ms) {
  auto c = db.write();
  db::Transaction tx(*c);
  DemoListingSummary summary;
  if (c->query_one(kAnyListing)) return summary;
  DemoRandom rng(options.seed);
  summary.demands = generate(*c, rng, ListingType::Demand, options.demands, owners(*c, "enterprise", "enterprise"), seg, now_ms);
  summary.achievements = generate(*c, rng, ListingType::Achievement, options.achievements,
                                  owners(*c, "university", "institute"), seg, now_ms);
  summary.indexed = seg != nullptr;
  tx.commit();
  return summary;
}

}  // namespace kc::market
