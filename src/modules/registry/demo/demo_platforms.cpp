// generate_demo_platforms: realistic platforms (names, 发文字号, dates, states) on approved demo hosts.
#include "modules/registry/demo/demo_platforms.hpp"

#include <array>
#include <span>
#include <string>
#include <vector>

#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/platform_kind.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::registry {
namespace {

using demo::DemoRandom;

constexpr std::string_view kDemoCityPrefix = "4104";  // 平顶山市, where the demo accounts work
constexpr std::array<std::string_view, 8> kThemes{"尼龙新材料", "智能装备", "煤化工", "生物医药",
                                                  "新能源",     "电子信息", "现代农业", "节能环保"};
constexpr std::array<std::string_view, 6> kContacts{"张老师", "王主任", "李工", "赵经理", "刘博士", "陈主任"};

const db::Query kHosts{"demo.platform_hosts",
                       "SELECT id, region_code FROM orgs WHERE status = 'approved' "
                       "AND kind IN ('enterprise', 'university', 'institute') ORDER BY id"};
const db::Query kAnyPlatform{"demo.any_platform", "SELECT 1 FROM platforms"};
const db::Query kInsert{"demo.insert_platform",
                        "INSERT INTO platforms (name, type, level, host_org_id, recognised_on, document_no, field_code, "
                        "contact_name, contact_phone, status, revoked_on, revoke_reason, created_at, updated_at) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)"};

struct Host {
  std::int64_t id;
  std::string region_code;
};

// The issuer of a recognition document by level: the ministry, 河南省科技厅, or the host's city bureau (平科, 郑科…).
std::string issuer(std::string_view level, const std::string& region_code) {
  if (level == "national") return "国科发基";
  if (level == "provincial") return "豫科";
  const Region* city = find_region(region_code.substr(0, 4) + "00");
  std::string name = city ? city->name : "市";
  return name.substr(0, 3) + "科";  // the first character (three UTF-8 bytes) of the city's name
}

std::string level_prefix(std::string_view level, const std::string& region_code) {
  if (level == "national") return "国家";
  if (level == "provincial") return "河南省";
  const Region* city = find_region(region_code.substr(0, 4) + "00");
  return city ? city->name : "";
}

std::string date_in(DemoRandom& rng, int year) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, static_cast<int>(rng.between(1, 12)), static_cast<int>(rng.between(1, 28)));
  return buf;
}

std::vector<db::Value> demo_platform(DemoRandom& rng, const Host& host, std::int64_t now_ms) {
  const auto& type = rng.pick(std::span<const PlatformCode>(platform_types()));
  const auto& level = rng.pick(std::span<const PlatformCode>(platform_levels()));
  std::string name = level_prefix(level.code, host.region_code) + std::string(rng.pick(std::span<const std::string_view>(kThemes))) + std::string(type.name);
  int year = static_cast<int>(rng.between(2015, 2025));
  int roll = static_cast<int>(rng.below(100));
  std::string status = roll < 8 ? "under_review" : roll < 15 ? "revoked" : "recognised";
  bool recognised = status != "under_review";
  db::Value recognised_on = recognised ? db::Value(date_in(rng, year)) : db::kNull;
  std::string document_no = recognised ? issuer(level.code, host.region_code) + "〔" + std::to_string(year) + "〕" +
                                             std::to_string(rng.between(1, 199)) + "号"
                                       : "";
  db::Value revoked_on = status == "revoked" ? db::Value(date_in(rng, std::min(2026, year + static_cast<int>(rng.between(1, 3))))) : db::kNull;
  const auto& fields = all_hightech_fields();
  const auto& field = fields[rng.below(fields.size())];
  return {name, std::string(type.code), std::string(level.code), host.id, recognised_on, document_no,
          rng.percent(70) ? db::Value(field.code) : db::kNull, std::string(rng.pick(std::span<const std::string_view>(kContacts))),
          "0375-" + std::to_string(rng.between(2000000, 8999999)), status, revoked_on,
          status == "revoked" ? std::string("绩效评估不合格") : std::string(), now_ms};
}

}  // namespace

int generate_demo_platforms(db::Database& db, DemoPlatformOptions options, std::int64_t now_ms) {
  auto c = db.write();
  db::Transaction tx(*c);
  if (c->query_one(kAnyPlatform)) return 0;
  std::vector<Host> local, elsewhere;
  for (const auto& r : c->query(kHosts)) (r.text(1).starts_with(kDemoCityPrefix) ? local : elsewhere).push_back({r.i64(0), r.text(1)});
  if (local.empty() && elsewhere.empty()) return 0;
  DemoRandom rng(options.seed);
  for (int i = 0; i < options.platforms; ++i) {
    bool at_home = !local.empty() && (elsewhere.empty() || i % 3 != 2);
    const auto& hosts = at_home ? local : elsewhere;
    c->exec(kInsert, demo_platform(rng, hosts[rng.below(hosts.size())], now_ms));
  }
  tx.commit();
  return options.platforms;
}

}  // namespace kc::registry
