#include "modules/cultivation/domain/high_tech_rules.hpp"

#include "modules/cultivation/domain/field_error.hpp"

namespace kc::cultivation {
namespace {

void validate_money(const Decimal& value, const std::string& field) {
  if (value.is_negative()) reject_field(field, "金额不能为负数");
}

void validate_fiscal_years(const HighTechInput& in) {
  const auto& years = in.fiscal_years;
  if (years.empty() || years.size() > 3) reject_field("fiscal_years", "应提供1至3个会计年度的数据，按年份从早到晚排列");
  for (size_t i = 0; i < years.size(); ++i) {
    const std::string field = "fiscal_years[" + std::to_string(i) + "]";
    if (i > 0 && years[i].year != years[i - 1].year + 1) reject_field(field + ".year", "会计年度应连续且从早到晚排列");
    validate_money(years[i].sales_wan, field + ".sales_wan");
    validate_money(years[i].rd_wan, field + ".rd_wan");
    validate_money(years[i].rd_domestic_wan, field + ".rd_domestic_wan");
    if (years[i].rd_domestic_wan > years[i].rd_wan) reject_field(field + ".rd_domestic_wan", "境内研发费用不能大于研发费用总额");
  }
  // "近三个会计年度" are the fiscal years before the application year.
  if (years.back().year >= in.application_date.year())
    reject_field("fiscal_years", "最近一个会计年度应早于申请年度");
  if (years.front().year < in.registration_date.year()) reject_field("fiscal_years", "会计年度不能早于注册成立年度");
}

void validate_latest_year(const HighTechInput& in) {
  const LatestYearIncome& latest = in.latest_year;
  if (latest.year != in.fiscal_years.back().year) reject_field("latest_year.year", "应为fiscal_years中的最近一个会计年度");
  validate_money(latest.high_tech_revenue_wan, "latest_year.high_tech_revenue_wan");
  validate_money(latest.total_income_wan, "latest_year.total_income_wan");
  if (latest.high_tech_revenue_wan > latest.total_income_wan)
    reject_field("latest_year.high_tech_revenue_wan", "高新技术产品（服务）收入不能大于同期总收入");
}

void validate(const HighTechInput& in) {
  if (in.application_date.days_since(in.registration_date) < 0)
    reject_field("application_date", "申请日期不能早于注册成立日期");
  if (in.employees_total < 1) reject_field("employees_total", "职工总数应为正整数");
  if (in.tech_staff < 0 || in.tech_staff > in.employees_total) reject_field("tech_staff", "科技人员数应在0至职工总数之间");
  validate_fiscal_years(in);
  validate_latest_year(in);
  if (in.innovation.net_assets_wan.size() != in.fiscal_years.size())
    reject_field("innovation.net_assets_wan", "应与fiscal_years的年度一一对应（" + std::to_string(in.fiscal_years.size()) + "个年末值）");
}

// Three complete fiscal years are expected once the enterprise has operated that long.
void note_missing_years(const HighTechInput& in, std::vector<std::string>& manual_review) {
  const int operated = in.application_date.year() - in.registration_date.year();
  if (in.fiscal_years.size() < 3 && operated > static_cast<int>(in.fiscal_years.size()))
    manual_review.push_back("C5：企业成立已跨越" + std::to_string(operated) + "个会计年度，但只提供了" +
                            std::to_string(in.fiscal_years.size()) + "个年度的数据；实际经营不满三年时才按实际年度计算，请核实");
}

std::vector<std::string> failed_keys(const HighTechConditions& c) {
  std::vector<std::string> keys;
  const std::pair<bool, std::string_view> all[] = {{c.c1.pass, kC1Key}, {c.c2.pass, kC2Key}, {c.c3.pass, kC3Key},
                                                   {c.c4.pass, kC4Key}, {c.c5.pass, kC5Key}, {c.c6.pass, kC6Key},
                                                   {c.c7.pass, kC7Key}, {c.c8.pass, kC8Key}};
  for (const auto& [pass, key] : all)
    if (!pass) keys.emplace_back(key);
  return keys;
}

}  // namespace

const HighTechRuleSet& high_tech_rules_2016() {
  static const HighTechRuleSet rules{
      .version = {.id = "cn.hnte.2016",
                  .document = "国科发火〔2016〕32号《高新技术企业认定管理办法》；国科发火〔2016〕195号《高新技术企业认定管理工作指引》",
                  .effective_from = "2016-01-01",
                  .region = ""},
  };
  return rules;
}

HighTechResult assess_high_tech(const HighTechInput& in, const HighTechRuleSet& rules) {
  validate(in);
  HighTechResult r;
  r.rule_set = rules.version;
  r.innovation = score_innovation(in, rules, r.manual_review);
  r.conditions = check_conditions(in, r.innovation.total, r.manual_review);
  note_missing_years(in, r.manual_review);
  r.failed_conditions = failed_keys(r.conditions);
  r.qualified = r.failed_conditions.empty();
  return r;
}

}  // namespace kc::cultivation
