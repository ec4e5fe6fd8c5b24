#include "modules/market/matching.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "modules/market/listings.hpp"
#include "modules/market/market_search.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/market/profiles.hpp"
#include "modules/market/matching_repository.hpp"
#include "modules/registry/domain/reference_data.hpp"

namespace kc::market {
namespace {

constexpr std::size_t kProfileTerms = 200;  // terms compared per record (the tf-idf cosine): all of a listing's
constexpr std::size_t kQueryTerms = 12;     // terms OR-ed into the candidate query
// Words as common as 技术 (jieba idf 4.7), 系统, 研究, 进行 would make the candidate query read long posting lists
// and say nothing about the subject: they count in the cosine but do not select candidates. (p1 of idf.txt is 6.7.)
constexpr double kMinQueryIdf = 5.0;
constexpr std::int64_t kMinCandidates = 50;
constexpr std::int64_t kMaxCandidates = 200;
constexpr std::int64_t kNearbyEnterprises = 50;
constexpr const char* kDebianJiebaIdf = "/usr/lib/python3/dist-packages/jieba/analyse/idf.txt";
constexpr const char* kReservePoolTier = "高企后备企业";

// Title words count three times and keywords twice, the order of the index's column weights.
std::vector<search::WeightedTerm> profile_terms(const IndexedText& text, const search::IdfTable& idf) {
  std::vector<std::string> tokens;
  auto append = [&tokens](const std::string& column, int times) {
    auto words = indexed_words(column);
    for (int i = 0; i < times; ++i) tokens.insert(tokens.end(), words.begin(), words.end());
  };
  append(text.title, 3);
  append(text.keywords, 2);
  append(text.body, 1);
  return search::top_terms_by_tf_idf(tokens, idf, kProfileTerms);
}

std::string city_of(const std::string& region_code) {
  const auto* r = registry::find_region(region_code);
  if (!r) return "";
  if (r->level == registry::RegionLevel::County) return r->parent_code;
  return r->level == registry::RegionLevel::City ? r->code : "";
}

MatchProfile listing_profile(const db::Row& r, const IndexedText& text, const search::IdfTable& idf) {
  return {profile_terms(text, idf), r.text(7), r.text(8), r.text(9), city_of(r.text(9)), ""};
}

std::vector<search::WeightedTerm> candidate_query(const std::vector<search::WeightedTerm>& terms,
                                                 const search::IdfTable& idf) {
  std::vector<search::WeightedTerm> query;
  bool no_idf = idf.size() == 0;  // without idf.txt every word weighs the same: keep them all
  for (const auto& t : terms) {
    if (query.size() == kQueryTerms) break;
    if (no_idf || idf.idf(t.term) >= kMinQueryIdf) query.push_back(t);
  }
  return query;
}

struct Candidate {
  std::int64_t org_id;
  MatchProfile profile;
};

bool wanted_org_kind(ListingType record_type, const std::string& kind) {
  if (record_type == ListingType::Demand) return kind == "university" || kind == "institute";
  return kind == "enterprise";
}

// An organisation as a counterpart: its registry codes, and the topic of its best-matching listing (if any).
class OrgRanker {
 public:
  OrgRanker(db::Connection& c, ListingType type, const MatchProfile& record, std::int64_t record_org)
      : c_(c), type_(type), record_(record) {
    seen_.insert(record_org);  // the record's own organisation is no counterpart
  }

  void consider(std::int64_t org_id, const MatchProfile* best_listing) {
    if (!seen_.insert(org_id).second) return;
    auto org = c_.query_one(sql::kMatchOrg, {org_id});
    if (!org || !wanted_org_kind(type_, org->text(2))) return;
    MatchProfile p;
    if (best_listing) {
      p.terms = best_listing->terms;
      p.hightech_field = best_listing->hightech_field;
    }
    p.industry_code = org->text(4);
    p.region_code = org->text(3);
    p.city_code = city_of(p.region_code);
    if (org->text(2) == "enterprise" && c_.query_one(sql::kInReservePool, {org_id})) p.tier = kReservePoolTier;
    auto m = score_match(record_, p);
    if (m.score > 0) ranked_.push_back({org_id, std::move(m)});
  }

  // Enterprises of the record's industry 大类 in its city: found through the region index, bounded.
  void consider_nearby_enterprises() {
    const auto& industry = record_.industry_code;
    if (type_ != ListingType::Achievement || industry.size() < 2 || record_.city_code.empty()) return;
    std::string low = registry::region_scope_prefix(record_.city_code), high = low;
    ++high.back();  // the first code after the city's range ("4104" → "4105")
    for (const auto& r : c_.query(sql::kNearbyEnterprises, {low, high, industry.substr(0, 2), kNearbyEnterprises}))
      consider(r.i64(0), nullptr);
  }

  std::vector<OrgMatch> best(std::size_t limit) {
    rank_matches(ranked_);
    std::vector<OrgMatch> out;
    for (std::size_t i = 0; i < ranked_.size() && i < limit; ++i) out.push_back({ranked_[i].id, ranked_[i].match});
    return out;
  }

 private:
  db::Connection& c_;
  ListingType type_;
  const MatchProfile& record_;
  std::unordered_set<std::int64_t> seen_;
  std::vector<RankedMatch> ranked_;
};

// One of `codes` (comma-framed list) that the record shares, else the first: an expert covers several fields.
std::string code_for(const std::string& framed_codes, const std::string& wanted) {
  auto codes = split_comma_framed(framed_codes);
  if (codes.empty()) return "";
  auto same = std::find(codes.begin(), codes.end(), wanted);
  return same != codes.end() ? *same : codes.front();
}

// Experts for a demand: candidates from the expert index ("more like this"), scored as listings are.
std::vector<ProfileMatch> rank_experts(db::Connection& c, const MatchContext& mc, const MatchProfile& record,
                                       const std::vector<search::WeightedTerm>& query, std::size_t limit) {
  auto wanted = std::clamp<std::int64_t>(static_cast<std::int64_t>(limit) * 3, kMinCandidates / 2, kMaxCandidates);
  std::vector<RankedMatch> ranked;
  for (const auto& hit : search_like(c, expert_target(), query, wanted)) {
    auto row = c.query_one(sql::kPublishedProfile, {std::string("expert"), hit.id});
    if (!row) continue;
    MatchProfile p{profile_terms(profile_index_text(mc.segmenter, *row), mc.idf), code_for(row->text(6), record.hightech_field),
                   code_for(row->text(7), record.industry_code), row->text(10), city_of(row->text(10)), ""};
    auto m = score_match(record, p);
    if (m.score > 0) ranked.push_back({hit.id, std::move(m)});
  }
  rank_matches(ranked);
  std::vector<ProfileMatch> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back({ranked[i].id, std::move(ranked[i].match)});
  return out;
}

}  // namespace

db::Migration matches_migration() {
  // One row per pair found when `record` was published (the other side was published earlier).
  return {"market/050_matches",
          R"(CREATE TABLE market_matches (
               id {{ID}},
               record_type TEXT NOT NULL,
               record_id BIGINT NOT NULL,
               match_type TEXT NOT NULL,
               match_id BIGINT NOT NULL,
               score_milli BIGINT NOT NULL,
               reasons TEXT NOT NULL,
               created_at BIGINT NOT NULL,
               UNIQUE (record_type, record_id, match_type, match_id));
             CREATE INDEX market_matches_match ON market_matches (match_type, match_id);)"};
}

const search::IdfTable& match_idf(const std::string& data_dir) {
  static std::once_flag once;
  static search::IdfTable table;
  std::call_once(once, [&] {
    std::error_code ec;
    for (std::string path : {data_dir + "/dict/jieba.idf.txt", std::string(kDebianJiebaIdf)}) {
      if (!std::filesystem::exists(path, ec)) continue;
      table.load_jieba_idf(path);
      return;
    }
    std::cerr << "market: 未找到 jieba idf.txt（Debian 软件包 python3-jieba），匹配时各词权重相同\n";
  });
  return table;
}

ListingType other_type(ListingType t) {
  return t == ListingType::Demand ? ListingType::Achievement : ListingType::Demand;
}
ListingType listing_type_of(const std::string& code) {
  return code == "demand" ? ListingType::Demand : ListingType::Achievement;
}

SimilarResult find_similar(db::Connection& c, const MatchContext& mc, const db::Row& record, std::size_t limit) {
  ListingType type = listing_type_of(record.text(1));
  auto profile = listing_profile(record, index_text(mc.segmenter, record.text(4), record.text(6), record.text(5)), mc.idf);
  auto query = candidate_query(profile.terms, mc.idf);
  auto wanted = std::clamp<std::int64_t>(static_cast<std::int64_t>(limit) * 5, kMinCandidates, kMaxCandidates);
  std::string other = listing_type_code(other_type(type));
  std::unordered_map<std::int64_t, Candidate> candidates;
  std::vector<RankedMatch> ranked;
  const auto& target = type == ListingType::Demand ? achievement_target() : demand_target();
  for (const auto& hit : search_like(c, target, query, wanted)) {
    auto row = c.query_one(sql::kPublishedWithTokens, {other, hit.id});
    if (!row || row->i64(2) == record.i64(2)) continue;  // an organisation is no counterpart of itself
    Candidate cand{row->i64(2), listing_profile(*row, {row->text(25), row->text(26), row->text(27)}, mc.idf)};
    auto m = score_match(profile, cand.profile);
    if (m.score <= 0) continue;
    ranked.push_back({hit.id, std::move(m)});
    candidates.emplace(hit.id, std::move(cand));
  }
  rank_matches(ranked);
  SimilarResult out;
  OrgRanker orgs(c, type, profile, record.i64(2));
  for (const auto& r : ranked) {
    const auto& cand = candidates.at(r.id);
    if (out.listings.size() < limit) out.listings.push_back({r.id, cand.org_id, r.match});
    orgs.consider(cand.org_id, &cand.profile);
  }
  orgs.consider_nearby_enterprises();
  out.orgs = orgs.best(limit);
  if (type == ListingType::Demand) out.experts = rank_experts(c, mc, profile, query, limit);
  return out;
}

}  // namespace kc::market
