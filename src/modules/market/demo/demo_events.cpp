// generate_demo_events: a held event and two planned ones.
#include "modules/market/demo/demo_events.hpp"

#include <array>
#include <string>

#include "modules/market/matchmaking/event_repository.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market {
namespace {

constexpr std::int64_t kDemoUserId = 0;  // the generator, not a person
constexpr std::int64_t kDayMs = 86'400'000;

struct DemoEvent {
  const char* title;
  int days_from_now;  // negative: already held (an event is "held" once its start is past)
  const char* place;
  const char* region_code;
  const char* description;
};

constexpr std::array<DemoEvent, 3> kEvents{{
    {"平顶山市尼龙新材料产学研对接会", -30, "平顶山市尼龙科技城会议中心", "410400",
     "郑州大学、河南科技大学等高校与尼龙新材料企业面对面对接技术需求与科技成果。"},
    {"叶县装备制造企业技术需求发布会", 14, "叶县产业集聚区管委会", "410422",
     "发布县内装备制造企业技术需求，邀请高校院所专家现场答疑与洽谈。"},
    {"宝丰县现代农业科技成果推介会", 45, "宝丰县科技局报告厅", "410421",
     "推介小麦良种、食用菌栽培、果蔬保鲜等农业科技成果，促进成果在县域转化。"},
}};

const db::Query kAnyEvent{"demo.any_event", "SELECT 1 FROM market_events"};

}  // namespace

int generate_demo_events(db::Database& db, std::int64_t now_ms) {
  auto c = db.write();
  db::Transaction tx(*c);
  if (c->query_one(kAnyEvent)) return 0;
  for (const auto& e : kEvents) {
    std::string region = e.region_code;
    // Whole days from now at 09:00 Beijing time (01:00 UTC), as an officer would schedule it.
    std::int64_t starts_at = (now_ms / kDayMs + e.days_from_now) * kDayMs + kDayMs / 24;
    c->query_one(mm_sql::kInsertEvent,
                 {std::string(e.title), starts_at, std::string(e.place), std::int64_t{0}, std::string(), region,
                  registry::region_scope_prefix(region), std::string(e.description), kDemoUserId, now_ms});
  }
  tx.commit();
  return static_cast<int>(kEvents.size());
}

}  // namespace kc::market
