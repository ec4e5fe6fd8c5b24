#include "modules/cultivation/domain/tier_policy_params.hpp"

#include <boost/json.hpp>

#include "modules/cultivation/domain/field_error.hpp"
#include "modules/cultivation/domain/json_reader.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

constexpr int kMaxYears = 100;
constexpr int kMaxGrowthPeriods = 5;
constexpr int kMaxIpCount = 1000;

json::value or_null(const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value or_null(const std::optional<Decimal>& v) { return v ? json::value(v->to_string()) : json::value(nullptr); }

// A percentage as an exact decimal string: 3/100 → "3", 7/200 → "3.5". Parsed values always fit 6 decimals.
json::value percent_or_null(const std::optional<Fraction>& f) {
  if (!f) return nullptr;
  const Fraction::Int scaled = f->num() * 100 * Decimal::kUnitsPerOne;
  if (scaled % f->den() != 0) return json::value(f->percent_text());
  return json::value(Decimal::from_units(static_cast<std::int64_t>(scaled / f->den())).to_string());
}

// A percentage between 0 and `max_percent` inclusive, exact.
std::optional<Fraction> read_percent(JsonObjectReader& r, std::string_view key, int max_percent) {
  auto value = r.optional_money(key);
  if (!value) return std::nullopt;
  if (*value > Decimal::whole(max_percent))
    reject_field(r.path_of(key), "应为0至" + std::to_string(max_percent) + "之间的百分数");
  return Fraction::of(*value) / Fraction::integer(100);
}

constexpr std::pair<std::string_view, std::string_view> kPrerequisites[] = {
    {"none", "无"}, {"high_tech_enterprise", "须为有效期内的高新技术企业"}, {"registered_tech_sme", "须为已入库的科技型中小企业"}};
constexpr std::pair<std::string_view, std::string_view> kGrowthMetrics[] = {
    {"none", "不考核增长"}, {"cagr", "年均复合增长率"}, {"mean_annual", "年增长率的算术平均"}};

// A code of `table` (absent: its first entry), as the enum whose declaration order the table follows.
template <class Enum, std::size_t N>
Enum read_choice(JsonObjectReader& r, std::string_view key, const std::pair<std::string_view, std::string_view> (&table)[N]) {
  const auto code = r.optional_text(key);
  if (!code) return static_cast<Enum>(0);
  std::string options;
  for (std::size_t i = 0; i < N; ++i) {
    if (table[i].first == *code) return static_cast<Enum>(i);
    options += (i ? "、" : "") + std::string(table[i].first);
  }
  reject_field(r.path_of(key), "应为以下取值之一：" + options);
}

using Reader = void (*)(JsonObjectReader&, std::string_view, TierPolicy&);
using Writer = json::value (*)(const TierPolicy&);
struct Param {
  TierParameterSpec spec;
  Reader read;
  Writer write;
};

// The order is the form's order. Enum tables above follow the enums' declaration order in tier_rules.hpp.
const std::vector<Param>& params() {
  static const std::vector<Param> table{
      {{"prerequisite", "前置条件", "", "choice", {std::begin(kPrerequisites), std::end(kPrerequisites)}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) {
         p.prerequisite = read_choice<TierPrerequisite>(r, k, kPrerequisites);
       },
       [](const TierPolicy& p) { return json::value(kPrerequisites[static_cast<int>(p.prerequisite)].first); }},
      {{"min_years_registered", "注册成立年限不少于", "年", "integer", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.min_years_registered = r.optional_integer(k, 0, kMaxYears); },
       [](const TierPolicy& p) { return or_null(p.min_years_registered); }},
      {{"max_years_registered", "注册成立年限不超过", "年", "integer", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.max_years_registered = r.optional_integer(k, 0, kMaxYears); },
       [](const TierPolicy& p) { return or_null(p.max_years_registered); }},
      {{"revenue_min_wan", "最近一年销售收入下限", "万元", "money", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.revenue_min_wan = r.optional_money(k); },
       [](const TierPolicy& p) { return or_null(p.revenue_min_wan); }},
      {{"revenue_min_inclusive", "销售收入下限含本数（否则须“超过”）", "", "boolean", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.revenue_min_inclusive = r.optional_boolean(k).value_or(true); },
       [](const TierPolicy& p) { return json::value(p.revenue_min_inclusive); }},
      {{"revenue_max_wan", "最近一年销售收入上限（含）", "万元", "money", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.revenue_max_wan = r.optional_money(k); },
       [](const TierPolicy& p) { return or_null(p.revenue_max_wan); }},
      {{"growth_metric", "销售收入增长口径", "", "choice", {std::begin(kGrowthMetrics), std::end(kGrowthMetrics)}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) {
         p.growth_metric = read_choice<GrowthMetric>(r, k, kGrowthMetrics);
       },
       [](const TierPolicy& p) { return json::value(kGrowthMetrics[static_cast<int>(p.growth_metric)].first); }},
      {{"growth_periods", "增长考核期（年增长次数）", "年", "integer", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) {
         p.growth_periods = r.optional_integer(k, 1, kMaxGrowthPeriods).value_or(2);
       },
       [](const TierPolicy& p) { return json::value(p.growth_periods); }},
      {{"growth_min_percent", "销售收入增长率不低于", "%", "percent", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.growth_min = read_percent(r, k, 1000); },
       [](const TierPolicy& p) { return percent_or_null(p.growth_min); }},
      {{"rd_ratio_min_percent", "研发费用占销售收入比例不低于", "%", "percent", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.rd_ratio_min = read_percent(r, k, 100); },
       [](const TierPolicy& p) { return percent_or_null(p.rd_ratio_min); }},
      {{"tech_staff_ratio_min_percent", "科技人员占职工总数比例不低于", "%", "percent", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.tech_staff_ratio_min = read_percent(r, k, 100); },
       [](const TierPolicy& p) { return percent_or_null(p.tech_staff_ratio_min); }},
      {{"min_owned_ip", "拥有有效知识产权不少于", "项", "integer", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.min_owned_ip = r.optional_integer(k, 0, kMaxIpCount).value_or(0); },
       [](const TierPolicy& p) { return json::value(p.min_owned_ip); }},
      {{"exclude_serious_dishonesty", "排除严重违法失信企业", "", "boolean", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) {
         p.exclude_serious_dishonesty = r.optional_boolean(k).value_or(true);
       },
       [](const TierPolicy& p) { return json::value(p.exclude_serious_dishonesty); }},
      {{"note", "说明（数值出处）", "", "text", {}},
       [](JsonObjectReader& r, std::string_view k, TierPolicy& p) { p.note = r.optional_text(k).value_or(""); },
       [](const TierPolicy& p) { return json::value(p.note); }},
  };
  return table;
}

// Combinations that would make a tier impossible or meaningless.
void check_consistency(const TierPolicy& p, const std::string& path) {
  const auto field = [&](std::string_view key) { return path + "." + std::string(key); };
  if (p.min_years_registered && p.max_years_registered && *p.min_years_registered > *p.max_years_registered)
    reject_field(field("max_years_registered"), "不能小于注册成立年限下限");
  if (p.revenue_min_wan && p.revenue_max_wan && *p.revenue_min_wan > *p.revenue_max_wan)
    reject_field(field("revenue_max_wan"), "不能小于销售收入下限");
  if (p.growth_metric != GrowthMetric::None && !p.growth_min)
    reject_field(field("growth_min_percent"), "选择了增长口径时须填写增长率下限");
  if (p.growth_metric == GrowthMetric::None && p.growth_min)
    reject_field(field("growth_metric"), "填写了增长率下限时须选择增长口径");
  if (p.note.size() > 2000) reject_field(field("note"), "不能超过2000字节");
}

}  // namespace

const std::vector<TierParameterSpec>& tier_parameter_specs() {
  static const std::vector<TierParameterSpec> specs = [] {
    std::vector<TierParameterSpec> out;
    for (const auto& p : params()) out.push_back(p.spec);
    return out;
  }();
  return specs;
}

json::array tier_parameter_specs_json() {
  json::array out;
  for (const auto& s : tier_parameter_specs()) {
    json::object spec{{"key", s.key}, {"label", s.label}, {"unit", s.unit}, {"kind", s.kind}};
    if (!s.choices.empty()) {
      json::array choices;
      for (const auto& [code, label] : s.choices) choices.push_back(json::object{{"value", code}, {"label", label}});
      spec["choices"] = std::move(choices);
    }
    out.push_back(std::move(spec));
  }
  return out;
}

TierPolicy parse_tier_parameters(Tier tier, const json::value& parameters, const std::string& path) {
  if (!parameters.is_object()) reject_field(path, "应为JSON对象");
  JsonObjectReader reader(parameters, path);
  TierPolicy policy;
  policy.tier = tier;
  for (const auto& p : params()) p.read(reader, p.spec.key, policy);
  reader.finish();
  check_consistency(policy, path);
  return policy;
}

json::object tier_parameters_json(const TierPolicy& policy) {
  json::object out;
  for (const auto& p : params()) out[p.spec.key] = p.write(policy);
  return out;
}

const std::vector<Tier>& all_tiers() {
  static const std::vector<Tier> tiers{Tier::TechLittleGiant, Tier::Gazelle, Tier::InnovationLeader, Tier::HnteReserve,
                                       Tier::Eaglet};
  return tiers;
}

std::optional<Tier> parse_tier_code(std::string_view code) {
  for (Tier t : all_tiers())
    if (tier_code(t) == code) return t;
  return std::nullopt;
}

}  // namespace kc::cultivation
