#pragma once
// Matching demands (技术需求) with achievements (科技成果) and organisations: a pure score with its reasons.
// Issue 4 "Matching": each match says why — shared terms, same high-tech field, same industry, same region.
//
// The weights (why these numbers):
// - text: kTextWeight × cosine of the two tf-idf vectors (0..1). A word most texts contain (技术, 系统) has a low
//   IDF, so sharing only it moves the cosine very little, while a shared rare word (帘子布, 隔膜) moves it a lot.
// - 《国家重点支持的高新技术领域》(国科发火〔2016〕32号 附件): the same field (any level, same code) is the
//   strongest structured signal (kSameFieldWeight: equal codes of level 2 or 3); only the same 一级领域 (first two
//   digits, e.g. 10 电子信息) counts half.
// - GB/T 4754-2017 industry: the same 中类/小类 (3–4 digits) or, less, the same 大类 (first 2 digits); a shared
//   门类 letter alone (C 制造业) says too little to count.
// - GB/T 2260 region: the same county, or less, the same city (cooperation nearby is cheaper, not required).
// - a cultivation tier of the enterprise (e.g. 高企后备企业): a small bonus, it is ready to absorb technology.
// Scores are rounded to 1/1000 so that ties are exact and ordered by id (deterministic on every backend).
#include <cstdint>
#include <string>
#include <vector>

#include "search/term_weights.hpp"

namespace kc::market {

inline constexpr double kTextWeight = 6.0;
inline constexpr double kSameFieldWeight = 3.0;
inline constexpr double kSameFieldDomainWeight = 1.5;
inline constexpr double kSameIndustryClassWeight = 2.0;
inline constexpr double kSameIndustryDivisionWeight = 1.0;
inline constexpr double kSameCountyWeight = 1.0;
inline constexpr double kSameCityWeight = 0.5;
inline constexpr double kTierWeight = 0.5;
inline constexpr std::size_t kMaxReasonTerms = 5;

// What is compared of one side: a listing, or an organisation (its registry codes, the terms of its best listing).
struct MatchProfile {
  std::vector<search::WeightedTerm> terms;  // tf-idf weights, any scale (the cosine ignores it)
  std::string hightech_field;               // "10101" or "" (organisations have none)
  std::string industry_code;                // GB/T 4754 小类/大类 code or ""
  std::string region_code;                  // county (or city) code, 6 digits
  std::string city_code;                    // the region's city (for a city itself: its own code)
  std::string tier;                         // an enterprise's cultivation tier name, "" when none
};

enum class ReasonKind { SharedTerms, SameField, SameFieldDomain, SameIndustry, SameIndustryDivision, SameCounty,
                        SameCity, Tier };
const char* reason_kind_code(ReasonKind k);  // "shared_terms", "same_field", …

struct MatchReason {
  ReasonKind kind;
  std::string code;                // the shared code (field, industry, region) or the tier name
  std::vector<std::string> terms;  // SharedTerms: the shared terms, heaviest first
  bool operator==(const MatchReason&) const = default;
};

struct MatchScore {
  double score = 0;  // rounded to 1/1000
  double text = 0;   // the shared-terms part of the score (kTextWeight × cosine), rounded alike
  std::vector<MatchReason> reasons;  // in the order of ReasonKind
};

// How well `candidate` matches `record` (symmetric except for the candidate's tier).
MatchScore score_match(const MatchProfile& record, const MatchProfile& candidate);

struct RankedMatch {
  std::int64_t id;
  MatchScore match;
};
// Best first; equal scores by ascending id.
void rank_matches(std::vector<RankedMatch>& matches);

}  // namespace kc::market
