#pragma once
// Rendering helpers shared by the tech-sme and high-tech JSON files (internal to this folder).
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "modules/cultivation/domain/decimal.hpp"
#include "modules/cultivation/domain/rule_set.hpp"

namespace kc::cultivation::json_out {

// A display percentage rounded to 4 decimals, or null when the ratio is undefined.
inline boost::json::value percent(const std::optional<Fraction>& ratio) {
  if (!ratio) return nullptr;
  return ratio->percent_rounded();
}

inline boost::json::array strings(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& item : items) out.emplace_back(item);
  return out;
}

inline boost::json::array findings(const std::vector<Finding>& items) {
  boost::json::array out;
  for (const auto& f : items) out.push_back(boost::json::object{{"code", f.code}, {"message", f.message}});
  return out;
}

inline boost::json::object rule_set(const RuleSetVersion& v) {
  boost::json::object out{{"id", v.id}, {"document", v.document}, {"effective_from", v.effective_from}};
  if (!v.region.empty()) out["region"] = v.region;
  return out;
}

}  // namespace kc::cultivation::json_out

namespace kc::cultivation::json_in {

// Shape limits of the JSON layer; the rules check the meaning (e.g. tech_staff <= employees_total).
inline constexpr int kMaxYear = 9999;
inline constexpr int kMaxCount = 10'000'000;
inline constexpr std::size_t kMaxIpItems = 10'000;

// "I" | "II" | "TM" (trademark, never counted); the reader has already checked the spelling.
inline IpClass ip_class(const std::string& code) {
  return code == "I" ? IpClass::ClassI : code == "II" ? IpClass::ClassII : IpClass::Trademark;
}

}  // namespace kc::cultivation::json_in
