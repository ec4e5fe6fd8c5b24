// generate_demo_experts: experts of research organisations, published and indexed.
#include "modules/market/demo/demo_experts.hpp"

#include <span>
#include <string>
#include <vector>

#include "modules/market/demo/demo_fields.hpp"
#include "modules/market/demo/demo_phrases.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/market/profiles.hpp"

namespace kc::market {
namespace {

using registry::demo::DemoRandom;
using namespace demo;  // the phrase lists

const std::string kDemoCityPrefix = "4104";  // 平顶山市
constexpr std::int64_t kDemoUserId = 0;      // the generator, not a person

constexpr std::array<std::string_view, 10> kSurnames{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
constexpr std::array<std::string_view, 10> kGivenNames{"建国", "志强", "晓梅", "海涛", "丽华",
                                                       "文博", "振宇", "秀英", "明辉", "雪峰"};
constexpr std::array<std::string_view, 4> kTitles{"教授", "研究员", "正高级工程师", "副教授"};

const db::Query kAnyExpert{"demo.any_expert", "SELECT 1 FROM market_profiles WHERE kind = 'expert'"};
const db::Query kResearchOrgs{"demo.expert_orgs",
                              "SELECT id, region_code FROM orgs WHERE status = 'approved' "
                              "AND kind IN ('university', 'institute') "
                              "ORDER BY CASE WHEN substr(region_code, 1, 4) = $1 THEN 0 ELSE 1 END, id LIMIT 50"};

template <std::size_t N>
std::string pick(DemoRandom& rng, const std::array<std::string_view, N>& items) {
  return std::string(rng.pick(std::span<const std::string_view>(items)));
}

ProfileInput demo_expert(DemoRandom& rng, std::int64_t org_id, const std::string& region) {
  const auto& theme = kThemes[rng.below(kThemes.size())];
  ProfileInput in;
  in.name = pick(rng, kSurnames) + pick(rng, kGivenNames);
  in.professional_title = pick(rng, kTitles);
  in.keywords = std::string(theme.keywords);
  std::string subject(rng.pick(std::span<const std::string_view>(theme.subjects)));
  in.summary = "长期从事" + subject + "相关研究，主持省部级科研项目多项，可为企业提供技术咨询、项目评审和联合攻关服务。";
  in.region_code = region;
  in.org_id = org_id;
  in.fields = {field_code_for(rng, theme.field_keyword)};
  in.contact_name = in.name;
  in.contact_phone = "138" + std::to_string(rng.between(10000000, 99999999));
  return in;
}

}  // namespace

int generate_demo_experts(db::Database& db, DemoExpertOptions options, const search::Segmenter* seg,
                          std::int64_t now_ms) {
  auto c = db.write();
  db::Transaction tx(*c);
  if (c->query_one(kAnyExpert)) return 0;
  auto orgs = c->query(kResearchOrgs, {kDemoCityPrefix});
  if (orgs.empty()) return 0;
  api::Principal bureau;  // entered by the city bureau's staff, as the profile routes allow
  bureau.user_id = kDemoUserId;
  bureau.role = auth::Role::CityAdmin;
  bureau.region_code = "410400";
  DemoRandom rng(options.seed);
  for (int i = 0; i < options.experts; ++i) {
    const auto& org = orgs[rng.below(orgs.size())];
    auto id = insert_profile(*c, ProfileKind::Expert, demo_expert(rng, org.i64(0), org.text(1)), bureau, now_ms);
    c->exec(sql::kReviewProfile, {id, std::string("published"), std::string(), now_ms, kDemoUserId});
    if (seg) {
      auto row = c->query_one(sql::kPublishedProfile, {std::string(profile_kind_code(ProfileKind::Expert)), id});
      index_document(*c, profile_target(ProfileKind::Expert), id, profile_index_text(*seg, *row));
    }
  }
  tx.commit();
  return options.experts;
}

}  // namespace kc::market
