#include "modules/cultivation/domain/excluded_industries.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace kc::cultivation {
namespace {

// 财税〔2015〕119号 第四条 mapped onto GB/T 4754-2017. "烟草制造业" is 大类 16 烟草制品业 and
// "娱乐业" is 大类 90 of 门类 R; the other four are whole 门类.
struct ExcludedIndustry {
  std::string_view official_name;  // the wording of 119号
  std::string_view section;        // 门类 letter, empty when only a 大类 is excluded
  std::array<std::string_view, 2> divisions;  // 2-digit 大类 codes
  std::array<std::string_view, 3> gbt_names;  // GB/T 4754 门类/大类 names that denote it
};

constexpr std::array kExcluded = {
    ExcludedIndustry{"烟草制造业", "", {"16", ""}, {"烟草制造业", "烟草制品业", ""}},
    ExcludedIndustry{"住宿和餐饮业", "H", {"61", "62"}, {"住宿和餐饮业", "住宿业", "餐饮业"}},
    ExcludedIndustry{"批发和零售业", "F", {"51", "52"}, {"批发和零售业", "批发业", "零售业"}},
    ExcludedIndustry{"房地产业", "K", {"70", ""}, {"房地产业", "", ""}},
    ExcludedIndustry{"租赁和商务服务业", "L", {"71", "72"}, {"租赁和商务服务业", "租赁业", "商务服务业"}},
    ExcludedIndustry{"娱乐业", "", {"90", ""}, {"娱乐业", "", ""}},
};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Splits "F5211" / "F" / "5211" into a section letter and a numeric code; false if it is not a code.
bool split_code(std::string_view text, char& section, std::string_view& digits) {
  section = 0;
  if (!text.empty() && text.front() >= 'A' && text.front() <= 'T') {
    section = text.front();
    text.remove_prefix(1);
  }
  digits = text;
  return (section != 0 && digits.empty()) || (all_digits(digits) && digits.size() >= 2 && digits.size() <= 4);
}

bool matches_code(const ExcludedIndustry& rule, char section, std::string_view digits) {
  if (digits.empty()) return !rule.section.empty() && rule.section.front() == section;
  const std::string_view division = digits.substr(0, 2);
  return std::find(rule.divisions.begin(), rule.divisions.end(), division) != rule.divisions.end();
}

bool matches_name(const ExcludedIndustry& rule, std::string_view name) {
  return std::find(rule.gbt_names.begin(), rule.gbt_names.end(), name) != rule.gbt_names.end();
}

}  // namespace

std::optional<std::string> tax_excluded_industry(std::string_view industry) {
  while (!industry.empty() && std::isspace(static_cast<unsigned char>(industry.front()))) industry.remove_prefix(1);
  while (!industry.empty() && std::isspace(static_cast<unsigned char>(industry.back()))) industry.remove_suffix(1);
  if (industry.empty()) return std::nullopt;
  char section = 0;
  std::string_view digits;
  const bool is_code = split_code(industry, section, digits);
  for (const auto& rule : kExcluded) {
    if (is_code ? matches_code(rule, section, digits) : matches_name(rule, industry))
      return std::string(rule.official_name);
  }
  return std::nullopt;
}

}  // namespace kc::cultivation
