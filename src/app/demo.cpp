// `kechuang demo-data` and `kechuang user add`.
#include <filesystem>
#include <iostream>
#include <map>

#include "app/config.hpp"
#include "app/platform.hpp"
#include "auth/password.hpp"
#include "core/errors.hpp"
#include "modules/accounts/routes_internal.hpp"
#include "modules/cultivation/demo/demo_reports.hpp"
#include "modules/market/demo/demo_contracts.hpp"
#include "modules/market/demo/demo_events.hpp"
#include "modules/market/demo/demo_experts.hpp"
#include "modules/market/demo/demo_listings.hpp"
#include "modules/market/search_index.hpp"
#include "modules/registry/demo/demo_data.hpp"
#include "modules/registry/demo/demo_platforms.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/orgs.hpp"

namespace kc::app {
namespace {

const db::Query kUserIdByName{"demo.user_by_name", "SELECT id FROM users WHERE username = $1"};
const db::Query kOrgIdByCode{"demo.org_by_code", "SELECT id FROM orgs WHERE credit_code = $1"};

// A valid credit code for a demo organisation: 12 (public institution) or 91 (company) + region + serial.
std::string demo_credit_code(const std::string& kind_prefix, const std::string& region, const std::string& serial9) {
  std::string first17 = kind_prefix + region + serial9;
  return first17 + registry::credit_code_check_char(first17);
}

struct DemoAccount {
  const char* username;
  const char* password;
  const char* display_name;
  auth::Role role;
  int org;  // index into the demo organisations, -1 for none
};

// The demo jurisdiction: 平顶山市 with two of its counties.
const DemoAccount kAccounts[] = {
    {"admin", "Kc@Sys2026", "系统管理员", auth::Role::Admin, -1},
    {"city_admin", "Kc@City2026", "市局管理员", auth::Role::CityAdmin, 0},
    {"city_officer", "Kc@City2026", "市局科员", auth::Role::CityOfficer, 0},
    {"county_officer", "Kc@County2026", "叶县科技局科员", auth::Role::CountyOfficer, 1},
    {"baofeng_officer", "Kc@County2026", "宝丰县科技局科员", auth::Role::CountyOfficer, 2},
    {"org_admin", "Kc@Org2026", "企业管理员", auth::Role::OrgAdmin, 3},
    {"expert01", "Kc@Review2026", "评审专家", auth::Role::Expert, -1},
};

// The organisations the demo accounts belong to; returns their ids and how many were new.
std::pair<std::vector<std::int64_t>, int> ensure_demo_orgs(db::Connection& c, EpochMs now) {
  std::vector<registry::OrgInput> orgs{
      {"平顶山市科学技术局", "city_bureau", demo_credit_code("11", "410400", "00DEM0001"), "410400", std::nullopt,
       "平顶山市新华区", "市局办公室", "0375-0000001"},
      {"叶县科学技术和工业信息化局", "county_bureau", demo_credit_code("11", "410422", "00DEM0002"), "410422",
       std::nullopt, "平顶山市叶县", "县局办公室", "0375-0000002"},
      {"宝丰县科学技术局", "county_bureau", demo_credit_code("11", "410421", "00DEM0003"), "410421", std::nullopt,
       "平顶山市宝丰县", "县局办公室", "0375-0000003"},
      {"叶县示范新材料科技有限公司", "enterprise", demo_credit_code("91", "410422", "MADEM0004"), "410422",
       std::string("3985"), "平顶山市叶县产业集聚区", "王经理", "13800000004"},
  };
  std::vector<std::int64_t> ids;
  int added = 0;
  for (auto& o : orgs) {
    if (auto row = c.query_one(kOrgIdByCode, {o.credit_code})) {
      ids.push_back(row->i64(0));
    } else {
      ids.push_back(registry::insert_org(c, o, "approved", now, std::nullopt));
      ++added;
    }
  }
  return {ids, added};
}

// Demands and achievements; searchable when the jieba dictionary is there, otherwise listed with a note.
void generate_market_demo(const Config& cfg, db::Database& db, std::uint64_t seed, EpochMs now) {
  const search::Segmenter* seg = nullptr;
  try {
    seg = &market::segmenter(cfg.data_dir);
  } catch (const ApiError& e) {
    std::cerr << "demo market listings are not indexed for search: " << e.message_zh() << "\n";
  }
  auto summary = market::generate_demo_listings(db, {80, 80, seed}, seg, now);
  if (summary.demands + summary.achievements > 0)
    std::cout << "demo market: " << summary.demands << " demands, " << summary.achievements << " achievements\n";
  if (int experts = market::generate_demo_experts(db, {15, seed}, seg, now); experts > 0)
    std::cout << "demo experts: " << experts << "\n";
  if (int events = market::generate_demo_events(db, now); events > 0) std::cout << "demo matchmaking events: " << events << "\n";
  if (auto contracts = market::generate_demo_contracts(db, {40, seed}, now); contracts.total() > 0)
    std::cout << "demo technology contracts: " << contracts.registered << " registered, " << contracts.pending
              << " pending, " << contracts.refused << " refused\n";
}

}  // namespace

int demo_data(const Config& cfg, const std::map<std::string, std::string>& opts) {
  std::filesystem::create_directories(cfg.data_dir);
  auto db = open_and_migrate(cfg, std::cerr);
  EpochMs now = SystemClock().now_ms();
  registry::DemoOptions options;
  if (auto it = opts.find("orgs"); it != opts.end()) options.orgs = std::stoi(it->second);
  if (auto it = opts.find("seed"); it != opts.end()) options.seed = std::stoull(it->second);

  std::vector<std::int64_t> org_ids;
  int added = 0;
  {
    auto c = db->write();
    db::Transaction tx(*c);
    std::tie(org_ids, added) = ensure_demo_orgs(*c, now);
    tx.commit();
  }
  // --orgs N counts the demo accounts' own organisations; a second run adds nothing.
  int generated = added == 0 ? 0 : options.orgs - added;
  if (generated > 0) {
    auto started = std::chrono::steady_clock::now();
    options.orgs = generated;
    auto summary = registry::generate_demo_orgs(*db, options, now);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "demo organisations: " << summary.inserted + added << " in " << s << " s\n";
  } else if (added == 0) {
    std::cout << "demo organisations already present; skipped\n";
  }
  if (int platforms = registry::generate_demo_platforms(*db, {36, options.seed}, now); platforms > 0)
    std::cout << "demo innovation platforms: " << platforms << "\n";
  generate_market_demo(cfg, *db, options.seed, now);
  if (auto reports = cultivation::generate_demo_reports(*db, {150, options.seed}, now); reports.reports > 0)
    std::cout << "demo annual reports: " << reports.reports << " (" << reports.tech_sme_qualified
              << " qualify as 科技型中小企业), reserve pool nominees: " << reports.pool_nominated << "\n";
  auto c = db->write();
  db::Transaction accounts_tx(*c);
  std::cout << "demo accounts (user name / password):\n";
  for (const auto& a : kAccounts) {
    if (!c->query_one(kUserIdByName, {std::string(a.username)})) {
      accounts::NewUser u{a.username, a.display_name, a.password, "", a.role,
                          a.org < 0 ? std::nullopt : std::optional(org_ids[a.org])};
      accounts::insert_user(*c, u, now, false);
    }
    std::cout << "  " << a.username << " / " << a.password << "  (" << auth::role_name_zh(a.role) << ")\n";
  }
  accounts_tx.commit();
  return 0;
}

int user_add(const Config& cfg, const std::map<std::string, std::string>& opts) {
  auto get = [&](const std::string& k) {
    auto it = opts.find(k);
    return it == opts.end() ? std::string() : it->second;
  };
  auto role = auth::parse_role(get("role"));
  if (!role) throw ConfigError("option --role: expected one of admin, city_admin, city_officer, county_officer, org_admin, org_user, expert");
  if (get("username").empty()) throw ConfigError("option --username is required");
  if (get("password-stdin") != "true") throw ConfigError("option --password-stdin is required (the password is never a flag)");
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  std::filesystem::create_directories(cfg.data_dir);
  auto db = open_and_migrate(cfg, std::cerr);
  accounts::NewUser u;
  u.username = get("username");
  u.display_name = get("display-name").empty() ? u.username : get("display-name");
  u.password = password;
  u.role = *role;
  if (!get("org-id").empty()) u.org_id = std::stoll(get("org-id"));
  try {
    auth::check_password_policy(u.password, u.username);
    auto c = db->write();
    auto id = accounts::insert_user(*c, u, SystemClock().now_ms(), false);
    std::cout << "created user " << u.username << " (id " << id << ", " << auth::role_name_zh(u.role) << ")\n";
  } catch (const ApiError& e) {
    std::cerr << "kechuang user add: " << e.message_zh() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace kc::app
