// 高新技术企业认定条件 C1..C8: 国科发火〔2016〕32号 第十一条, with the 工作指引 国科发火〔2016〕195号.
#include <array>

#include "modules/cultivation/domain/high_tech_rules.hpp"

namespace kc::cultivation {
namespace {

// C1 "注册成立一年以上": 365 calendar days or more (工作指引), not the first anniversary.
constexpr long kMinDaysRegistered = 365;
// C4 科技人员占企业当年职工总数的比例不低于10%.
const Fraction kMinTechStaffRatio = Fraction::percent(10);
// C5 境内研发费用占全部研发费用总额的比例不低于60%.
const Fraction kMinDomesticRdShare = Fraction::percent(60);
// C6 近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%.
const Fraction kMinHighTechRevenueShare = Fraction::percent(60);
// C7 企业创新能力评价 "70分以上（不含70分）".
constexpr int kInnovationPassAbove = 70;

// 高企 研发费用 threshold (C5), chosen by the LATEST year's sales although the ratio uses the totals of
// 近三个会计年度: 最近一年销售收入小于5,000万元（含）5%；5,000万元至2亿元（含）4%；2亿元以上 3%.
struct RdIntensityTier {
  std::optional<Decimal> latest_sales_up_to_wan;  // inclusive upper edge; nullopt = above the previous row
  Fraction min_rd_ratio;
};
const std::array<RdIntensityTier, 3> kRdIntensityTiers = {{
    {Decimal::whole(5'000), Fraction::percent(5)},
    {Decimal::whole(20'000), Fraction::percent(4)},
    {std::nullopt, Fraction::percent(3)},
}};

Fraction rd_threshold_for(Decimal latest_sales) {
  for (const auto& tier : kRdIntensityTiers)
    if (!tier.latest_sales_up_to_wan || latest_sales <= *tier.latest_sales_up_to_wan) return tier.min_rd_ratio;
  return kRdIntensityTiers.back().min_rd_ratio;
}

// 《国家重点支持的高新技术领域》 (2016): the 8 一级领域 with their codes 10..80 and the number of 二级领域
// in each, so that a 2nd-level code "d0k" or 3rd-level code "d0kNN" can be checked structurally.
struct TopLevelField {
  std::string_view name;
  int second_level_count;
};
constexpr std::array<TopLevelField, 8> kTopLevelFields = {{
    {"电子信息", 8},
    {"生物与新医药", 7},
    {"航空航天", 2},
    {"新材料", 6},
    {"高技术服务", 8},
    {"新能源与节能", 4},
    {"资源与环境", 8},
    {"先进制造与自动化", 9},
}};

bool is_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

std::string fail_text(const char* what, const Fraction& actual, const Fraction& threshold) {
  return std::string(what) + actual.percent_text() + "，低于" + threshold.percent_text();
}

C1RegisteredOneYear check_c1(const HighTechInput& in) {
  C1RegisteredOneYear c;
  c.days = in.application_date.days_since(in.registration_date);
  c.pass = c.days >= kMinDaysRegistered;
  if (!c.pass) c.reason = "申请认定时注册成立" + std::to_string(c.days) + "天，不足365个日历天";
  return c;
}

C2IpOwnership check_c2(const HighTechInput& in) {
  C2IpOwnership c;
  for (const auto& item : in.ip) c.qualifying_ip_count += counts_for_hnte(item) ? 1 : 0;
  c.pass = c.qualifying_ip_count >= 1;
  if (!c.pass) c.reason = "没有拥有所有权、有效且对主要产品（服务）在技术上发挥核心支持作用的知识产权";
  return c;
}

C3Domain check_c3(const HighTechInput& in, std::vector<std::string>& manual_review) {
  C3Domain c;
  c.domain = in.tech_domain;
  if (const auto top = hightech_top_level_field(in.tech_domain)) c.top_level = std::string(*top);
  c.pass = !c.top_level.empty();
  if (!c.pass) c.reason = "“" + in.tech_domain + "”不属于《国家重点支持的高新技术领域》";
  manual_review.push_back("C3：核心技术是否属于所填高新技术领域，需专家判断");
  return c;
}

C4TechStaffRatio check_c4(const HighTechInput& in) {
  C4TechStaffRatio c;
  c.ratio = Fraction(in.tech_staff, in.employees_total);
  c.pass = c.ratio >= kMinTechStaffRatio;
  if (!c.pass) c.reason = fail_text("科技人员占当年职工总数的比例为", c.ratio, kMinTechStaffRatio);
  return c;
}

C5RdRatio check_c5(const HighTechInput& in) {
  C5RdRatio c;
  Decimal sales, rd, domestic;
  for (const auto& year : in.fiscal_years) {
    sales = sales + year.sales_wan;
    rd = rd + year.rd_wan;
    domestic = domestic + year.rd_domestic_wan;
  }
  c.years_used = static_cast<int>(in.fiscal_years.size());
  c.latest_year_sales_wan = in.fiscal_years.back().sales_wan;
  c.threshold = rd_threshold_for(c.latest_year_sales_wan);
  c.rd_ratio = Fraction::ratio(rd, sales);
  c.domestic_share = Fraction::ratio(domestic, rd);
  c.rd_ratio_ok = c.rd_ratio && *c.rd_ratio >= c.threshold;
  c.domestic_share_ok = c.domestic_share && *c.domestic_share >= kMinDomesticRdShare;
  c.pass = c.rd_ratio_ok && c.domestic_share_ok;
  if (!c.rd_ratio_ok)
    c.reason = c.rd_ratio ? fail_text("近三个会计年度研发费用总额占同期销售收入总额的比例为", *c.rd_ratio, c.threshold)
                          : "近三个会计年度销售收入总额为0，无法计算研发费用占比";
  if (!c.domestic_share_ok)
    c.reason += (c.reason.empty() ? "" : "；") +
                (c.domestic_share ? fail_text("境内研发费用占全部研发费用的比例为", *c.domestic_share, kMinDomesticRdShare)
                                  : std::string("研发费用总额为0"));
  return c;
}

// C6 uses the latest year only (a 3-year ratio is a known mistake).
C6HighTechRevenue check_c6(const HighTechInput& in) {
  C6HighTechRevenue c;
  c.ratio = Fraction::ratio(in.latest_year.high_tech_revenue_wan, in.latest_year.total_income_wan);
  c.pass = c.ratio && *c.ratio >= kMinHighTechRevenueShare;
  if (!c.pass)
    c.reason = c.ratio ? fail_text("近一年高新技术产品（服务）收入占同期总收入的比例为", *c.ratio, kMinHighTechRevenueShare)
                       : "近一年总收入为0";
  return c;
}

C7Innovation check_c7(int innovation_total) {
  C7Innovation c;
  c.total = innovation_total;
  c.pass = innovation_total > kInnovationPassAbove;
  if (!c.pass) c.reason = "创新能力评价得分" + std::to_string(innovation_total) + "分，未达到70分以上（不含70分）";
  return c;
}

C8NoMajorIncident check_c8(const HighTechInput& in) {
  C8NoMajorIncident c;
  c.pass = !in.major_incident_prev_year;
  if (!c.pass) c.reason = "申请认定前一年内发生过重大安全、重大质量事故或严重环境违法行为";
  return c;
}

}  // namespace

// Any one owned, valid IP that supports the main products satisfies C2; "Ⅰ类≥1 或 Ⅱ类≥5" is NOT a
// condition (it only matters for scoring). A Ⅱ类 item already used in an earlier application is spent.
bool counts_for_hnte(const HighTechIpItem& item) {
  if (item.ip_class == IpClass::Trademark) return false;
  if (item.ip_class == IpClass::ClassII && item.used_in_prior_hnte_application) return false;
  return item.owned_by_applicant && item.valid && item.supports_main_product;
}

std::optional<std::string_view> hightech_top_level_field(std::string_view domain) {
  for (const auto& field : kTopLevelFields)
    if (domain == field.name) return field.name;
  if (!is_digits(domain) || (domain.size() != 2 && domain.size() != 3 && domain.size() != 5)) return std::nullopt;
  const int top = domain[0] - '0';
  if (top < 1 || top > 8 || domain[1] != '0') return std::nullopt;
  const TopLevelField& field = kTopLevelFields[top - 1];
  if (domain.size() >= 3) {
    const int second = domain[2] - '0';
    if (second < 1 || second > field.second_level_count) return std::nullopt;
  }
  if (domain.size() == 5 && domain.substr(3) == "00") return std::nullopt;
  return field.name;
}

HighTechConditions check_conditions(const HighTechInput& in, int innovation_total,
                                    std::vector<std::string>& manual_review) {
  HighTechConditions c;
  c.c1 = check_c1(in);
  c.c2 = check_c2(in);
  c.c3 = check_c3(in, manual_review);
  c.c4 = check_c4(in);
  c.c5 = check_c5(in);
  c.c6 = check_c6(in);
  c.c7 = check_c7(innovation_total);
  c.c8 = check_c8(in);
  return c;
}

}  // namespace kc::cultivation
