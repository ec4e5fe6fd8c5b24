// generate_demo_contracts: filed, then registered / refused / pending like a registrar would decide.
#include "modules/market/demo/demo_contracts.hpp"

#include <span>
#include <string>
#include <vector>

#include "modules/market/contracts.hpp"
#include "modules/market/demo/demo_phrases.hpp"
#include "modules/market/domain/registration_clock.hpp"
#include "modules/market/domain/registration_number.hpp"
#include "modules/market/repository.hpp"
#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market {
namespace {

using registry::demo::DemoRandom;
using namespace demo;  // the phrase lists

const std::string kDemoCityPrefix = "4104";  // 平顶山市, where the demo accounts work
constexpr std::int64_t kDemoUserId = 0;      // the generator, not a person: filed_by/decided_by
constexpr std::int64_t kDayMs = 86'400'000;

const db::Query kAnyContract{"demo.any_contract", "SELECT 1 FROM market_contracts"};
const db::Query kParties{"demo.contract_parties",
                         "SELECT id, name, credit_code, region_code FROM orgs WHERE status = 'approved' "
                         "AND kind IN ('enterprise', 'university', 'institute') "
                         "ORDER BY CASE WHEN substr(region_code, 1, 4) = $1 THEN 0 ELSE 1 END, id LIMIT 300"};

struct Org {
  std::int64_t id;
  Party party;
};

std::string day_text(std::int64_t ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[11];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

const SubTypeInfo& sub_type_of(DemoRandom& rng, ContractCategory category) {
  std::vector<const SubTypeInfo*> subs;
  for (const auto& s : contract_sub_types())
    if (s.category == category) subs.push_back(&s);
  return *subs[rng.below(subs.size())];
}

ContractInput demo_contract(DemoRandom& rng, const Party& buyer, std::int64_t now_ms) {
  const auto& theme = kThemes[rng.below(kThemes.size())];
  const auto& categories = contract_categories();
  ContractInput in;
  in.category = &categories[rng.below(categories.size())];
  in.sub_type = &sub_type_of(rng, in.category->category);
  if (in.category->category == ContractCategory::License) {
    in.license_scope = LicenseScope::NonExclusive;
    in.license_years = rng.between(1, 10);
  }
  in.ip_kind = rng.percent(50) ? IpKind::Patent : IpKind::TechnicalSecret;
  std::string object(rng.pick(std::span<const std::string_view>(theme.objects)));
  if (object.ends_with("技术")) object.resize(object.size() - std::string_view("技术").size());  // no 技术技术开发
  in.title = std::string(rng.pick(std::span<const std::string_view>(theme.subjects))) + object +
             std::string(in.category->name) + "合同";
  in.signed_on = day_text(now_ms - rng.between(10, 300) * kDayMs);
  in.buyer = buyer;
  in.total_fen = rng.between(5, 800) * 1'000'000 + rng.between(0, 99) * 100;  // 5–800 万元, to the yuan
  return in;
}

std::vector<Org> parties(db::Connection& c) {
  std::vector<Org> out;
  for (const auto& r : c.query(kParties, {kDemoCityPrefix})) out.push_back({r.i64(0), {r.text(1), r.text(2), r.text(3)}});
  return out;
}

// The decision a registrar of the seller's region takes (routes.cpp: decide): 60% registered, 15% refused.
void decide(db::Connection& c, DemoRandom& rng, std::int64_t id, const std::string& region, std::int64_t now_ms,
            DemoContractSummary& summary) {
  int roll = static_cast<int>(rng.below(100));
  if (roll < 60) {
    int year = beijing_year(now_ms);
    auto serial = c.query_one(sql::kNextSerial, {region, std::int64_t{year}})->i64(0);
    c.exec(sql::kRegister, {id, now_ms, kDemoUserId, region, registration_number(region, year, serial), std::int64_t{year}});
    ++summary.registered;
  } else if (roll < 75) {
    c.exec(sql::kRefuse, {id, now_ms, kDemoUserId, region, std::string("合同技术内容不明确，不属于技术合同登记范围")});
    ++summary.refused;
  } else {
    ++summary.pending;
  }
}

}  // namespace

DemoContractSummary generate_demo_contracts(db::Database& db, DemoContractOptions options, std::int64_t now_ms) {
  auto c = db.write();
  db::Transaction tx(*c);
  DemoContractSummary summary;
  if (c->query_one(kAnyContract)) return summary;
  auto orgs = parties(*c);
  if (orgs.size() < 2) return summary;
  DemoRandom rng(options.seed);
  std::size_t sellers = std::min<std::size_t>(orgs.size() - 1, 60);  // the first ones: in the demo city
  for (int i = 0; i < options.contracts; ++i) {
    std::size_t s = rng.below(sellers), b = (s + 1 + rng.below(orgs.size() - 1)) % orgs.size();
    auto id = insert_contract(*c, demo_contract(rng, orgs[b].party, now_ms), orgs[s].id, kDemoUserId, now_ms);
    decide(*c, rng, id, orgs[s].party.region_code, now_ms, summary);
  }
  tx.commit();
  return summary;
}

}  // namespace kc::market
