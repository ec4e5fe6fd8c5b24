#include "modules/market/domain/matching.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

namespace kc::market {
namespace {

double norm(const std::vector<search::WeightedTerm>& terms) {
  double sum = 0;
  for (const auto& t : terms) sum += t.weight * t.weight;
  return std::sqrt(sum);
}

struct SharedText {
  double cosine = 0;
  std::vector<std::string> terms;  // heaviest shared contribution first
};

SharedText shared_text(const MatchProfile& a, const MatchProfile& b) {
  SharedText out;
  double norms = norm(a.terms) * norm(b.terms);
  if (norms <= 0) return out;
  std::unordered_map<std::string_view, double> weights_b;
  for (const auto& t : b.terms) weights_b[t.term] += t.weight;
  std::vector<std::pair<double, std::string>> shared;
  double dot = 0;
  for (const auto& t : a.terms) {
    auto it = weights_b.find(t.term);
    if (it == weights_b.end() || t.weight <= 0 || it->second <= 0) continue;
    dot += t.weight * it->second;
    shared.emplace_back(t.weight * it->second, t.term);
  }
  std::sort(shared.begin(), shared.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  // The index holds a long word and the words inside it (帘子布, 帘子): name only the longer one.
  auto inside_a_listed_term = [&out](const std::string& term) {
    return std::any_of(out.terms.begin(), out.terms.end(),
                       [&term](const std::string& listed) { return listed.find(term) != std::string::npos; });
  };
  for (const auto& [contribution, term] : shared) {
    if (out.terms.size() == kMaxReasonTerms) break;
    if (!inside_a_listed_term(term)) out.terms.push_back(term);
  }
  out.cosine = dot / norms;
  return out;
}

bool same_prefix(const std::string& a, const std::string& b, std::size_t n) {
  return a.size() >= n && b.size() >= n && a.compare(0, n, b, 0, n) == 0;
}

// GB/T 4754 大类: two digits (a 门类 is a single letter and says too little to count).
bool same_industry_division(const std::string& a, const std::string& b) {
  return same_prefix(a, b, 2) && std::isdigit(static_cast<unsigned char>(a[0]));
}

double rounded(double score) { return std::round(score * 1000) / 1000; }

}  // namespace

const char* reason_kind_code(ReasonKind k) {
  switch (k) {
    case ReasonKind::SharedTerms: return "shared_terms";
    case ReasonKind::SameField: return "same_field";
    case ReasonKind::SameFieldDomain: return "same_field_domain";
    case ReasonKind::SameIndustry: return "same_industry";
    case ReasonKind::SameIndustryDivision: return "same_industry_division";
    case ReasonKind::SameCounty: return "same_county";
    case ReasonKind::SameCity: return "same_city";
    case ReasonKind::Tier: return "tier";
  }
  return "";
}

MatchScore score_match(const MatchProfile& record, const MatchProfile& candidate) {
  MatchScore out;
  double score = 0;
  auto add = [&](double weight, ReasonKind kind, std::string code, std::vector<std::string> terms = {}) {
    score += weight;
    out.reasons.push_back({kind, std::move(code), std::move(terms)});
  };
  if (auto text = shared_text(record, candidate); !text.terms.empty()) {
    out.text = rounded(kTextWeight * text.cosine);
    add(kTextWeight * text.cosine, ReasonKind::SharedTerms, "", std::move(text.terms));
  }
  // Equal codes count as "the same" below the top level; a shared 一级领域 / 大类 is the broader reason.
  const auto &fa = record.hightech_field, &fb = candidate.hightech_field;
  if (fa == fb && fa.size() > 2) add(kSameFieldWeight, ReasonKind::SameField, fa);
  else if (same_prefix(fa, fb, 2)) add(kSameFieldDomainWeight, ReasonKind::SameFieldDomain, fa.substr(0, 2));
  const auto &ia = record.industry_code, &ib = candidate.industry_code;
  if (ia == ib && ia.size() > 2) add(kSameIndustryClassWeight, ReasonKind::SameIndustry, ia);
  else if (same_industry_division(ia, ib)) add(kSameIndustryDivisionWeight, ReasonKind::SameIndustryDivision, ia.substr(0, 2));
  if (!record.region_code.empty() && record.region_code == candidate.region_code)
    add(kSameCountyWeight, ReasonKind::SameCounty, record.region_code);
  else if (!record.city_code.empty() && record.city_code == candidate.city_code)
    add(kSameCityWeight, ReasonKind::SameCity, record.city_code);
  if (!candidate.tier.empty()) add(kTierWeight, ReasonKind::Tier, candidate.tier);
  out.score = rounded(score);
  return out;
}

void rank_matches(std::vector<RankedMatch>& matches) {
  std::sort(matches.begin(), matches.end(), [](const RankedMatch& a, const RankedMatch& b) {
    return a.match.score != b.match.score ? a.match.score > b.match.score : a.id < b.id;
  });
}

}  // namespace kc::market
