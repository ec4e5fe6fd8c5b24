// The reasons of a match as shown to people: a Chinese label naming the shared term, field, industry or region.
#include <boost/json.hpp>

#include "modules/market/matching.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {
namespace {

std::string joined(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& t : terms) out += (out.empty() ? "" : "、") + t;
  return out;
}

std::string field_name(const std::string& code) {
  const auto* f = registry::find_hightech_field(code);
  return f ? f->name : code;
}

std::string label(const MatchReason& r) {
  switch (r.kind) {
    case ReasonKind::SharedTerms: return "共同关键词：" + joined(r.terms);
    case ReasonKind::SameField: return "同一技术领域：" + field_name(r.code);
    case ReasonKind::SameFieldDomain: return "同属技术领域：" + field_name(r.code);
    case ReasonKind::SameIndustry: return "同一行业：" + registry::industry_name(r.code);
    case ReasonKind::SameIndustryDivision: return "同属行业大类：" + registry::industry_name(r.code);
    case ReasonKind::SameCounty: return "同一县（区）：" + registry::region_full_name(r.code);
    case ReasonKind::SameCity: return "同一城市：" + registry::region_full_name(r.code);
    case ReasonKind::Tier: return "培育梯队：" + r.code;
  }
  return "";
}

}  // namespace

boost::json::array reasons_json(const std::vector<MatchReason>& reasons) {
  boost::json::array out;
  for (const auto& r : reasons) {
    boost::json::array terms;
    for (const auto& t : r.terms) terms.emplace_back(t);
    out.push_back(boost::json::object{
        {"kind", reason_kind_code(r.kind)}, {"label", label(r)}, {"code", r.code}, {"terms", std::move(terms)}});
  }
  return out;
}

}  // namespace kc::market
