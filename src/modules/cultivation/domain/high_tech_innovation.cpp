// 高企 创新能力评价 (100 points, integers): 《高新技术企业认定管理工作指引》 国科发火〔2016〕195号.
#include <algorithm>
#include <array>

#include "modules/cultivation/domain/bands.hpp"
#include "modules/cultivation/domain/field_error.hpp"
#include "modules/cultivation/domain/high_tech_rules.hpp"

namespace kc::cultivation {
namespace {

// 知识产权 sub-items judged by experts, ≤ 8 each: 技术的先进程度 (高/较高/一般/较低/无) and
// 对主要产品（服务）在技术上发挥核心支持作用 (强/较强/一般/较弱/无). The band follows from the pick.
const std::array<RangeBand, 5> kQualitativeEightBands = {{
    {"A", std::nullopt, true, 7, 8},
    {"B", std::nullopt, true, 5, 6},
    {"C", std::nullopt, true, 3, 4},
    {"D", std::nullopt, true, 1, 2},
    {"E", std::nullopt, true, 0, 0},
}};

// 高企 知识产权数量 band (≤ 8): 1项及以上Ⅰ类 7–8 (checked first), then by the number of Ⅱ类:
// 5项及以上 5–6, 3–4项 3–4, 1–2项 1–2, 0项 0.
constexpr RangeBand kIpCountClassIBand{"A", std::nullopt, true, 7, 8};
const std::array<RangeBand, 4> kIpCountClassIIBands = {{
    {"B", Fraction::integer(5), true, 5, 6},
    {"C", Fraction::integer(3), true, 3, 4},
    {"D", Fraction::integer(1), true, 1, 2},
    {"E", std::nullopt, true, 0, 0},
}};

// 高企 知识产权获得方式 (≤ 6): 有自主研发 1–6; 仅有受让、受赠和并购等 1–3.
constexpr RangeBand kAcquisitionSelfBand{"A", std::nullopt, true, 1, 6};
constexpr RangeBand kAcquisitionOnlyAcquiredBand{"B", std::nullopt, true, 1, 3};
constexpr RangeBand kAcquisitionNoIpBand{"NONE", std::nullopt, true, 0, 0};

// 参与编制国家标准、行业标准、检测方法、技术规范 (加分 ≤ 2): 是 1–2, 否 0.
constexpr RangeBand kStandardsYesBand{"YES", std::nullopt, true, 1, 2};
constexpr RangeBand kStandardsNoBand{"NO", std::nullopt, true, 0, 0};
constexpr int kIpCap = 30;

// 高企 科技成果转化能力 band (≤ 30) by the annual average number of conversions over the last 3 years.
// ❓ An average strictly between 0 and 1 fits neither "≥1" nor "0": band E_OR_F leaves it to the expert.
const std::array<RangeBand, 7> kTransformationBands = {{
    {"A", Fraction::integer(5), true, 25, 30},
    {"B", Fraction::integer(4), true, 19, 24},
    {"C", Fraction::integer(3), true, 13, 18},
    {"D", Fraction::integer(2), true, 7, 12},
    {"E", Fraction::integer(1), true, 1, 6},
    {"E_OR_F", Fraction::integer(0), false, 0, 6},
    {"F", std::nullopt, true, 0, 0},
}};

// 研究开发组织管理水平 (≤ 20): maxima of m1..m4.
constexpr std::array<int, 4> kOrgMaxima = {6, 6, 4, 4};

// 高企 企业成长性 band (≤ 10 for each of 净资产增长率 and 销售收入增长率). 🟡 Edges from a public rule
// configuration, matching the 2016 指引 table as recalled; lower edges inclusive except E ("> 0").
const std::array<RangeBand, 6> kGrowthBands = {{
    {"A", Fraction::percent(35), true, 9, 10},
    {"B", Fraction::percent(25), true, 7, 8},
    {"C", Fraction::percent(15), true, 5, 6},
    {"D", Fraction::percent(5), true, 3, 4},
    {"E", Fraction::integer(0), false, 1, 2},
    {"F", std::nullopt, true, 0, 0},
}};

PickedBand pick_in(const RangeBand& band, int pick, const std::string& field) {
  if (pick < band.min_points || pick > band.max_points)
    reject_field(field, "应在" + std::to_string(band.min_points) + "至" + std::to_string(band.max_points) + "分之间（" +
                            std::string(band.name) + "档）");
  return {pick, band.name, band.min_points, band.max_points};
}

PickedBand pick_qualitative(int pick, const std::string& field) {
  for (const auto& band : kQualitativeEightBands)
    if (pick >= band.min_points && pick <= band.max_points) return {pick, band.name, band.min_points, band.max_points};
  reject_field(field, "应为0至8分的整数");
}

PickedBand pick_bounded(int pick, int max, const std::string& field) {
  if (pick < 0 || pick > max) reject_field(field, "应为0至" + std::to_string(max) + "分的整数");
  return {pick, "", 0, max};
}

IpScore score_ip(const HighTechInput& in) {
  const InnovationPicks& p = in.innovation;
  IpScore s;
  bool any_self = false;
  for (const auto& item : in.ip) {
    if (!counts_for_hnte(item)) continue;
    s.class_i += item.ip_class == IpClass::ClassI ? 1 : 0;
    s.class_ii_counted += item.ip_class == IpClass::ClassII ? 1 : 0;
    any_self = any_self || item.acquisition == IpAcquisition::SelfDeveloped;
  }
  const RangeBand& count_band = s.class_i >= 1 ? kIpCountClassIBand
                                               : band_for(Fraction::integer(s.class_ii_counted),
                                                          std::span<const RangeBand>(kIpCountClassIIBands));
  const RangeBand& acquisition_band = any_self                                    ? kAcquisitionSelfBand
                                      : (s.class_i + s.class_ii_counted > 0) ? kAcquisitionOnlyAcquiredBand
                                                                             : kAcquisitionNoIpBand;
  s.advancement = pick_qualitative(p.advancement, "innovation.advancement");
  s.core_support = pick_qualitative(p.core_support, "innovation.core_support");
  s.ip_count = pick_in(count_band, p.ip_count_pick, "innovation.ip_count_pick");
  s.acquisition = pick_in(acquisition_band, p.acquisition_pick, "innovation.acquisition_pick");
  s.standards_bonus = pick_in(p.participated_standards ? kStandardsYesBand : kStandardsNoBand, p.standards_bonus_pick,
                              "innovation.standards_bonus_pick");
  s.raw_sum = s.advancement.points + s.core_support.points + s.ip_count.points + s.acquisition.points +
              s.standards_bonus.points;
  s.capped_at_30 = s.raw_sum > kIpCap;
  s.points = std::min(s.raw_sum, kIpCap);
  return s;
}

TransformationScore score_transformation(const InnovationPicks& p, std::vector<std::string>& manual_review) {
  TransformationScore s;
  if (p.transform_years < 1 || p.transform_years > 3) reject_field("innovation.transform_years", "应为1至3的整数");
  if (p.transform_count_3y < 0) reject_field("innovation.transform_count_3y", "不能为负数");
  s.count_3y = p.transform_count_3y;
  s.years = p.transform_years;
  s.annual_avg = Fraction(p.transform_count_3y, p.transform_years);
  const RangeBand& band = band_for(s.annual_avg, std::span<const RangeBand>(kTransformationBands));
  s.band = pick_in(band, p.transform_pick, "innovation.transform_pick");
  if (band.name == "E_OR_F")
    manual_review.push_back("科技成果转化：" + std::to_string(s.years) + "年共转化" + std::to_string(s.count_3y) +
                            "项，年均介于0与1项之间，指引未规定档次，需专家判断（0至6分）");
  return s;
}

OrgScore score_org(const OrgManagementPicks& picks) {
  OrgScore s;
  s.picks = picks;
  const std::array<int, 4> values = {picks.m1, picks.m2, picks.m3, picks.m4};
  const std::array<const char*, 4> fields = {"innovation.org.m1", "innovation.org.m2", "innovation.org.m3",
                                             "innovation.org.m4"};
  for (size_t i = 0; i < values.size(); ++i) s.points += pick_bounded(values[i], kOrgMaxima[i], fields[i]).points;
  return s;
}

GrowthItem score_growth_item(const std::vector<Decimal>& values, bool negative_as_zero, int pick, const char* field) {
  GrowthItem item;
  item.rate = growth_rate(values, negative_as_zero);
  const RangeBand& band = item.rate.rate ? band_for(*item.rate.rate, std::span<const RangeBand>(kGrowthBands))
                                         : kGrowthBands.back();
  item.band = pick_in(band, pick, field);
  return item;
}

GrowthScore score_growth(const HighTechInput& in, const HighTechRuleSet& rules, std::vector<std::string>& manual_review) {
  const InnovationPicks& p = in.innovation;
  std::vector<Decimal> sales;
  for (const auto& year : in.fiscal_years) sales.push_back(year.sales_wan);
  GrowthScore s;
  s.net_assets = score_growth_item(p.net_assets_wan, rules.negative_net_assets_as_zero, p.growth_net_assets_pick,
                                   "innovation.growth_net_assets_pick");
  s.sales = score_growth_item(sales, false, p.growth_sales_pick, "innovation.growth_sales_pick");
  s.points = s.net_assets.band.points + s.sales.band.points;
  const bool negative_assets = std::any_of(p.net_assets_wan.begin(), p.net_assets_wan.end(),
                                           [](const Decimal& d) { return d.is_negative(); });
  if (negative_assets)
    manual_review.push_back(rules.negative_net_assets_as_zero ? "企业成长性：净资产为负值，已按0计算（各地口径不一，请人工确认）"
                                                              : "企业成长性：净资产为负值，按原值计算（各地口径不一，请人工确认）");
  if (in.fiscal_years.size() == 2)
    manual_review.push_back("企业成长性：实际经营两个会计年度，按第二年比第一年的单期增长率计算（常见口径，请人工确认）");
  return s;
}

// Expert picks held fixed; the computed-band items (IP count, transformation, growth) vary over their ranges.
RangeMode range_mode(const InnovationScore& s) {
  const IpScore& ip = s.ip;
  const int ip_fixed = ip.raw_sum - ip.ip_count.points;
  const int fixed = s.org.points;
  RangeMode r;
  r.min = std::min(ip_fixed + ip.ip_count.min_points, kIpCap) + s.transformation.band.min_points +
          s.growth.net_assets.band.min_points + s.growth.sales.band.min_points + fixed;
  r.max = std::min(ip_fixed + ip.ip_count.max_points, kIpCap) + s.transformation.band.max_points +
          s.growth.net_assets.band.max_points + s.growth.sales.band.max_points + fixed;
  constexpr int kPassAbove = 70;
  r.verdict = r.min > kPassAbove ? RangeVerdict::Pass : r.max <= kPassAbove ? RangeVerdict::Fail : RangeVerdict::DependsOnExpert;
  return r;
}

}  // namespace

// 企业成长性 (工作指引): 净资产 = 资产总额 − 负债总额 at each year end;
// 增长率 = 1/2 × (Y2/Y1 + Y3/Y2) − 1; Y1 = 0 → Y3/Y2 − 1; Y2 = 0 → 0分; fewer years → the years operated.
GrowthRate growth_rate(std::vector<Decimal> v, bool negative_as_zero) {
  if (negative_as_zero)
    for (auto& value : v) value = value.is_negative() ? Decimal() : value;
  const auto step = [&](size_t i) { return Fraction::of(v[i + 1]) / Fraction::of(v[i]) - Fraction::integer(1); };
  if (v.size() <= 1) return {Fraction::integer(0), GrowthMethod::OneYear};
  if (v.size() == 2) {
    if (v[0].is_zero()) return {std::nullopt, GrowthMethod::FirstYearZero};
    return {step(0), GrowthMethod::TwoYears};
  }
  if (v[1].is_zero()) return {std::nullopt, GrowthMethod::SecondYearZero};
  if (v[0].is_zero()) return {step(1), GrowthMethod::LastTwoYears};
  const Fraction mean_ratio = (Fraction::of(v[1]) / Fraction::of(v[0]) + Fraction::of(v[2]) / Fraction::of(v[1])) * Fraction(1, 2);
  return {mean_ratio - Fraction::integer(1), GrowthMethod::Normal};
}

InnovationScore score_innovation(const HighTechInput& in, const HighTechRuleSet& rules,
                                 std::vector<std::string>& manual_review) {
  InnovationScore s;
  s.ip = score_ip(in);
  s.transformation = score_transformation(in.innovation, manual_review);
  s.org = score_org(in.innovation.org);
  s.growth = score_growth(in, rules, manual_review);
  s.total = s.ip.points + s.transformation.band.points + s.org.points + s.growth.points;
  s.range_mode = range_mode(s);
  return s;
}

std::string_view growth_method_code(GrowthMethod method) {
  switch (method) {
    case GrowthMethod::Normal: return "NORMAL";
    case GrowthMethod::LastTwoYears: return "LAST_TWO_YEARS";
    case GrowthMethod::SecondYearZero: return "SECOND_YEAR_ZERO";
    case GrowthMethod::TwoYears: return "TWO_YEARS";
    case GrowthMethod::FirstYearZero: return "FIRST_YEAR_ZERO";
    case GrowthMethod::OneYear: return "ONE_YEAR";
  }
  return "";
}

std::string_view verdict_code(RangeVerdict verdict) {
  switch (verdict) {
    case RangeVerdict::Pass: return "PASS";
    case RangeVerdict::Fail: return "FAIL";
    case RangeVerdict::DependsOnExpert: return "DEPENDS_ON_EXPERT";
  }
  return "";
}

std::span<const RangeBand> ip_count_class_ii_bands() { return kIpCountClassIIBands; }
std::span<const RangeBand> transformation_bands() { return kTransformationBands; }
std::span<const RangeBand> growth_bands() { return kGrowthBands; }

}  // namespace kc::cultivation
