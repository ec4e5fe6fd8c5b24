#include "modules/cultivation/domain/tier_policy_resolution.hpp"

#include <gtest/gtest.h>

namespace kc::cultivation {
namespace {

constexpr const char* kCounty = "410421";  // 宝丰县
constexpr const char* kCity = "410400";    // 平顶山市
const std::vector<std::string> kChain{kCounty, kCity};

CivilDate date(const char* text) { return CivilDate::parse(text).value(); }

TierPolicyVersion version(std::int64_t id, const char* region, int number, const char* from, int ip,
                          Tier tier = Tier::HnteReserve) {
  TierPolicyVersion v;
  v.id = id;
  v.region_code = region;
  v.version = number;
  v.effective_from = date(from);
  v.policy.tier = tier;
  v.policy.min_owned_ip = ip;
  stamp_tier_policy(v, "平科〔2026〕1号");
  return v;
}

TEST(TierPolicyResolution, WithoutVersionsTheDocumentedDefaultApplies) {
  auto e = resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-06-01"), {});
  EXPECT_EQ(e.source, PolicySource::Default);
  EXPECT_EQ(e.version, 0);
  EXPECT_EQ(e.policy.version.id, default_tier_policy(Tier::HnteReserve, kCounty).version.id);
  EXPECT_EQ(e.policy.min_owned_ip, default_tier_policy(Tier::HnteReserve, kCounty).min_owned_ip);
}

TEST(TierPolicyResolution, TheCityVersionAppliesToCountiesWithoutTheirOwn) {
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-01-01", 4)};
  auto e = resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-06-01"), versions);
  EXPECT_EQ(e.source, PolicySource::City);
  EXPECT_EQ(e.version_id, 1);
  EXPECT_EQ(e.policy.min_owned_ip, 4);
  EXPECT_EQ(e.policy.version.id, "410400.tier.hnte_reserve.v1");
  EXPECT_EQ(e.policy.version.document, "平科〔2026〕1号");
}

TEST(TierPolicyResolution, TheRegionsOwnVersionComesBeforeItsCitys) {
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-01-01", 4), version(2, kCounty, 1, "2026-03-01", 2)};
  auto e = resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-06-01"), versions);
  EXPECT_EQ(e.source, PolicySource::Region);
  EXPECT_EQ(e.version_id, 2);
  // Before the county's version takes effect the city's applies.
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-02-28"), versions).version_id, 1);
}

TEST(TierPolicyResolution, EffectiveFromIsInclusiveAndTheLatestDateWins) {
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-01-01", 1), version(2, kCity, 2, "2026-07-01", 2)};
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-06-30"), versions).version, 1);
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-07-01"), versions).version, 2);
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2025-12-31"), versions).source, PolicySource::Default);
}

TEST(TierPolicyResolution, AVersionPublishedLaterForAnEarlierDateDoesNotOverrideANewerDate) {
  // v2 was published after v1 but takes effect earlier: on 2026-08-01 v1 (from 07-01) is in force.
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-07-01", 1), version(2, kCity, 2, "2026-03-01", 2)};
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-08-01"), versions).version, 1);
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-04-01"), versions).version, 2);
}

TEST(TierPolicyResolution, SameDateTheHigherVersionWins) {
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-07-01", 1), version(2, kCity, 2, "2026-07-01", 2)};
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-07-01"), versions).version, 2);
}

TEST(TierPolicyResolution, OtherTiersAndOtherRegionsAreIgnored) {
  std::vector<TierPolicyVersion> versions{version(1, kCity, 1, "2026-01-01", 4, Tier::Gazelle),
                                          version(2, "410422", 1, "2026-01-01", 4)};  // 叶县
  EXPECT_EQ(resolve_tier_policy(Tier::HnteReserve, kChain, date("2026-06-01"), versions).source, PolicySource::Default);
  EXPECT_EQ(resolve_tier_policy(Tier::Gazelle, kChain, date("2026-06-01"), versions).version_id, 1);
}

}  // namespace
}  // namespace kc::cultivation
