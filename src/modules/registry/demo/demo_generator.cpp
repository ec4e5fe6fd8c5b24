// DemoOrgGenerator: realistic, deterministic organisations of 河南省.
#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "modules/registry/demo/demo_data.hpp"
#include "modules/registry/demo/demo_pools.hpp"
#include "modules/registry/demo/demo_random.hpp"
#include "modules/registry/domain/credit_code.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::registry {
namespace {

using demo::DemoRandom;

constexpr std::string_view kProvincePrefix = "41";  // 河南省
constexpr std::string_view kProvinceShort = "河南";
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
// GB 32100 characters usable in an organisation code body.
constexpr std::string_view kCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::string_view kDigits = "0123456789";

template <class T, std::size_t N>
const T& pick(DemoRandom& rng, const std::array<T, N>& items) {
  return rng.pick(std::span<const T>(items));
}

// A county with the names its organisations are built from.
struct County {
  const Region* region;
  std::string city;        // 平顶山市 (济源市 for a county directly under the province)
  std::string city_short;  // 平顶山
  int weight;              // urban districts host more organisations
};

std::string without_suffix(const std::string& name, std::string_view suffix) {
  return name.ends_with(suffix) ? name.substr(0, name.size() - suffix.size()) : name;
}

std::vector<County> henan_counties() {
  std::vector<County> counties;
  for (const Region& r : all_regions()) {
    if (r.level != RegionLevel::County || !r.code.starts_with(kProvincePrefix) || r.functional_zone) continue;
    const Region* city = find_region(r.parent_code);
    bool direct = !city || city->name.find("直辖") != std::string::npos;
    std::string city_name = direct ? r.name : city->name;
    counties.push_back({&r, city_name, without_suffix(city_name, "市"), r.name.ends_with("区") ? 3 : 1});
  }
  if (counties.empty()) throw std::logic_error("reference data has no county of 河南省");
  return counties;
}

// The 小类 codes under each theme's prefix.
std::vector<std::vector<std::string>> theme_classes() {
  std::vector<std::vector<std::string>> classes;
  for (const demo::EnterpriseTheme& theme : demo::kEnterpriseThemes) {
    std::vector<std::string> codes;
    for (const Industry& i : all_industries())
      if (i.level == IndustryLevel::Class && i.code.starts_with(theme.code_prefix)) codes.push_back(i.code);
    if (codes.empty()) throw std::logic_error("no 小类 under " + std::string(theme.code_prefix));
    classes.push_back(std::move(codes));
  }
  return classes;
}

template <class Item>
std::size_t weighted_index(DemoRandom& rng, const std::vector<Item>& items, int total_weight) {
  std::int64_t ticket = rng.between(0, total_weight - 1);
  for (std::size_t i = 0; i < items.size(); ++i)
    if ((ticket -= items[i].weight) < 0) return i;
  return items.size() - 1;
}

int total_weight(const auto& items) {
  int sum = 0;
  for (const auto& item : items) sum += item.weight;
  return sum;
}

}  // namespace

struct DemoOrgGenerator::State {
  DemoRandom rng;
  std::int64_t now_ms;
  std::vector<County> counties = henan_counties();
  int county_weight = total_weight(counties);
  std::vector<std::vector<std::string>> classes = theme_classes();
  std::vector<demo::EnterpriseTheme> themes{demo::kEnterpriseThemes.begin(), demo::kEnterpriseThemes.end()};
  int theme_weight = total_weight(themes);
  std::unordered_set<std::string> names;
  std::unordered_set<std::string> org_codes;

  State(std::uint64_t seed, std::int64_t now) : rng(seed), now_ms(now) {}

  const County& county() { return counties[weighted_index(rng, counties, county_weight)]; }

  std::string brand(int syllables) {
    std::string b;
    for (int i = 0; i < syllables; ++i) b += pick(rng, demo::kBrandSyllables);
    return b;
  }

  std::string random_chars(std::string_view alphabet, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(alphabet[rng.below(alphabet.size())]);
    return s;
  }

  // Registration authority + type ("91", "12", "52"), the county as the registering region, a fresh GB 11714
  // organisation code (new-style bodies start with a letter pair such as MA or MJ) and both check characters.
  std::string credit_code(std::string_view authority_and_type, const County& c, std::string_view new_style_prefix) {
    while (true) {
      std::string body = rng.percent(60) ? std::string(new_style_prefix) + random_chars(kCodeChars, 6)
                                         : random_chars(kDigits, 8);
      if (!org_codes.insert(body).second) continue;
      std::string first17 = std::string(authority_and_type) + c.region->code + body + org_code_check_char(body);
      return first17 + credit_code_check_char(first17);
    }
  }

  // Keeps names unique like a registry does: `make(attempt)` is asked again with a growing attempt number.
  template <class MakeName>
  std::string unique_name(MakeName make) {
    for (int attempt = 0;; ++attempt) {
      std::string name = make(attempt);
      if (names.insert(name).second) return name;
    }
  }

  // A trade name (字号) that grows a syllable after a few clashes.
  std::string trade_name(int attempt) { return brand(attempt < 5 ? 2 : 3); }
  // Public bodies are named after their place alone, until a clash forces a trade name.
  std::string trade_name_if_needed(int attempt) { return attempt < 2 ? std::string() : trade_name(attempt - 2); }

  std::string place_name(const County& c) const {
    return c.city == c.region->name ? c.city : c.city + c.region->name;
  }

  std::string enterprise_name(const County& c, std::string_view word) {
    int pattern = static_cast<int>(rng.below(100));
    std::string_view suffix = rng.percent(75) ? demo::kCompanySuffixes[0] : pick(rng, demo::kCompanySuffixes);
    std::string place = pattern < 45   ? c.city_short
                        : pattern < 80 ? place_name(c)
                                       : std::string(kProvinceShort);
    return unique_name([&](int attempt) { return place + trade_name(attempt) + std::string(word) + std::string(suffix); });
  }

  DemoOrg enterprise(const County& c) {
    std::size_t t = weighted_index(rng, themes, theme_weight);
    DemoOrg org;
    org.kind = "enterprise";
    org.name = enterprise_name(c, pick(rng, themes[t].words));
    org.industry_code = classes[t][rng.below(classes[t].size())];
    org.credit_code = credit_code("91", c, "MA");
    return org;
  }

  DemoOrg service_provider(const County& c) {
    const demo::ServiceTheme& s = pick(rng, demo::kServiceThemes);
    bool non_profit = rng.percent(20);  // 民办非企业单位, registered by 民政 (52)
    DemoOrg org;
    org.kind = "service_provider";
    org.industry_code = std::string(s.industry);
    org.name = unique_name([&](int attempt) {
      return c.city_short + trade_name(attempt) + std::string(s.words) + (non_profit ? "服务中心" : "服务有限公司");
    });
    org.credit_code = non_profit ? credit_code("52", c, "MJ") : credit_code("91", c, "MA");
    return org;
  }

  DemoOrg institute(const County& c) {
    const demo::ResearchField& f = pick(rng, demo::kResearchFields);
    bool public_institute = rng.percent(40);  // 事业单位 (12) rather than a 新型研发机构 company (91)
    DemoOrg org;
    org.kind = "institute";
    org.industry_code = std::string(f.industry);
    org.name = unique_name([&](int attempt) {
      return public_institute ? place_name(c) + trade_name_if_needed(attempt) + std::string(f.words) + "研究所"
                              : c.city_short + trade_name(attempt) + std::string(f.words) + "研究院有限公司";
    });
    org.credit_code = public_institute ? credit_code("12", c, "MB") : credit_code("91", c, "MA");
    return org;
  }

  DemoOrg university(const County& c) {
    std::string_view discipline = pick(rng, demo::kCollegeDisciplines);
    bool private_college = rng.percent(30);  // 民办高校 are 民办非企业单位 (52)
    DemoOrg org;
    org.kind = "university";
    org.industry_code = "8341";  // 普通高等教育
    org.name = unique_name([&](int attempt) {
      return private_college ? c.city_short + trade_name(attempt) + std::string(discipline) + "学院"
                             : c.city_short + trade_name_if_needed(attempt) + std::string(discipline) + "职业技术学院";
    });
    org.credit_code = private_college ? credit_code("52", c, "MJ") : credit_code("12", c, "MB");
    return org;
  }

  std::string person_name() {
    std::string name(pick(rng, demo::kSurnames));
    name += pick(rng, demo::kGivenNameChars);
    if (rng.percent(70)) name += pick(rng, demo::kGivenNameChars);
    return name;
  }

  std::string address(const County& c) {
    std::string a = c.region->full_name + std::string(pick(rng, demo::kRoads)) + std::to_string(rng.between(1, 399)) + "号";
    if (rng.percent(30)) a += std::string(pick(rng, demo::kParks)) + std::to_string(rng.between(1, 12)) + "号楼";
    return a;
  }

  void review(DemoOrg& org) {
    org.created_at = now_ms - rng.between(kDayMs, 3 * 365 * kDayMs);
    int roll = static_cast<int>(rng.below(100));
    org.status = roll < 88 ? "approved" : roll < 97 ? "pending" : "rejected";
    if (org.status == "pending") return;
    org.reviewed_at = std::min(now_ms, org.created_at + rng.between(3600 * 1000, 10 * kDayMs));
    if (org.status == "rejected") org.reject_reason = std::string(pick(rng, demo::kRejectReasons));
  }

  DemoOrg next() {
    const County& c = county();
    int roll = static_cast<int>(rng.below(100));
    DemoOrg org = roll < 85 ? enterprise(c) : roll < 93 ? service_provider(c) : roll < 98 ? institute(c) : university(c);
    org.region_code = c.region->code;
    org.address = address(c);
    org.contact_name = person_name();
    org.contact_phone = std::string(pick(rng, demo::kMobilePrefixes)) + random_chars(kDigits, 8);
    review(org);
    return org;
  }
};

DemoOrgGenerator::DemoOrgGenerator(std::uint64_t seed, std::int64_t now_ms)
    : state_(std::make_unique<State>(seed, now_ms)) {}
DemoOrgGenerator::~DemoOrgGenerator() = default;
DemoOrg DemoOrgGenerator::next() { return state_->next(); }

}  // namespace kc::registry
