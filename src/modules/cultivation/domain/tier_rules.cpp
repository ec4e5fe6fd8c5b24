#include "modules/cultivation/domain/tier_rules.hpp"

#include <cmath>
#include <cstdio>

#include "modules/cultivation/domain/field_error.hpp"

namespace kc::cultivation {
namespace {

using Checks = std::vector<TierCheck>;

std::string percent_approx(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f%%", value * 100.0);
  return buffer;
}

void validate(const TierInput& in) {
  if (in.evaluation_date.days_since(in.registration_date) < 0) reject_field("evaluation_date", "评价日期不能早于注册成立日期");
  if (in.employees_total < 0) reject_field("employees_total", "职工总数不能为负数");
  if (in.tech_staff < 0 || in.tech_staff > in.employees_total) reject_field("tech_staff", "科技人员数应在0至职工总数之间");
  for (size_t i = 0; i < in.revenue_wan.size(); ++i)
    if (in.revenue_wan[i].is_negative()) reject_field("revenue_wan[" + std::to_string(i) + "]", "金额不能为负数");
  if (in.rd_expense_latest_wan.is_negative()) reject_field("rd_expense_latest_wan", "金额不能为负数");
  if (in.owned_ip_count < 0) reject_field("owned_ip_count", "不能为负数");
}

// Collects the checks; formatting a message costs more than the check itself, so a verdict-only
// evaluation (the yearly run over every enterprise) leaves the messages empty.
struct CheckSink {
  Checks& out;
  bool explain;
  template <class Message>
  void add(std::string_view key, bool pass, Message&& message) {
    out.push_back({std::string(key), pass, explain ? std::string(message()) : std::string()});
  }
};

void check_prerequisite(const TierPolicy& p, const TierInput& in, CheckSink& out) {
  if (p.prerequisite == TierPrerequisite::HighTechEnterprise)
    out.add("prerequisite", in.is_hnte, [&] { return in.is_hnte ? "是有效期内的高新技术企业" : "须为有效期内的高新技术企业"; });
  if (p.prerequisite == TierPrerequisite::RegisteredTechSme)
    out.add("prerequisite", in.is_registered_tech_sme,
            [&] { return in.is_registered_tech_sme ? "是已入库的科技型中小企业" : "须为已入库的科技型中小企业"; });
  if (p.exclude_serious_dishonesty)
    out.add("no_serious_dishonesty", !in.on_serious_dishonesty_list,
            [&] { return in.on_serious_dishonesty_list ? "被列入严重违法失信名单" : "未被列入严重违法失信名单"; });
}

void check_age(const TierPolicy& p, const TierInput& in, CheckSink& out) {
  const int years = in.evaluation_date.whole_years_since(in.registration_date);
  const auto actual = [&] { return "注册成立" + std::to_string(years) + "年"; };
  if (p.min_years_registered)
    out.add("min_years_registered", years >= *p.min_years_registered,
            [&] { return actual() + "（要求不少于" + std::to_string(*p.min_years_registered) + "年）"; });
  if (p.max_years_registered)
    out.add("max_years_registered", years <= *p.max_years_registered,
            [&] { return actual() + "（要求不超过" + std::to_string(*p.max_years_registered) + "年）"; });
}

void check_revenue(const TierPolicy& p, const TierInput& in, CheckSink& out) {
  if (!p.revenue_min_wan && !p.revenue_max_wan) return;
  if (in.revenue_wan.empty()) {
    out.add("revenue", false, [] { return "缺少最近一个会计年度的销售收入"; });
    return;
  }
  const Decimal latest = in.revenue_wan.back();
  const auto actual = [&] { return "最近一年销售收入" + latest.to_string() + "万元"; };
  if (p.revenue_min_wan) {
    const bool pass = p.revenue_min_inclusive ? latest >= *p.revenue_min_wan : latest > *p.revenue_min_wan;
    out.add("revenue_min", pass, [&] {
      return actual() + "（要求" + (p.revenue_min_inclusive ? "不低于" : "超过") + p.revenue_min_wan->to_string() + "万元）";
    });
  }
  if (p.revenue_max_wan)
    out.add("revenue_max", latest <= *p.revenue_max_wan,
            [&] { return actual() + "（要求不超过" + p.revenue_max_wan->to_string() + "万元）"; });
}

// (1 + g)^n exactly.
Fraction growth_factor(const Fraction& g, int n) {
  Fraction factor = Fraction::integer(1);
  for (int i = 0; i < n; ++i) factor = factor * (Fraction::integer(1) + g);
  return factor;
}

void check_growth(const TierPolicy& p, const TierInput& in, TierResult& r, CheckSink& out) {
  if (p.growth_metric == GrowthMetric::None || !p.growth_min) return;
  const int n = p.growth_periods;
  const auto period = [&] { return "近" + std::to_string(n + 1) + "个会计年度"; };
  if (static_cast<int>(in.revenue_wan.size()) < n + 1) {
    out.add("growth", false, [&] { return "需要" + std::to_string(n + 1) + "个会计年度的销售收入数据"; });
    return;
  }
  const std::vector<Decimal> v(in.revenue_wan.end() - (n + 1), in.revenue_wan.end());
  for (size_t i = 0; i + 1 < v.size(); ++i)
    if (v[i].is_zero()) {
      out.add("growth", false, [&] { return period() + "中有年度销售收入为0，无法计算增长率"; });
      return;
    }
  if (p.growth_metric == GrowthMetric::Cagr) {
    const Fraction total = Fraction::of(v.back()) / Fraction::of(v.front());
    r.growth = total - Fraction::integer(1);
    const bool pass = total >= growth_factor(*p.growth_min, n);  // exact: no n-th root at the threshold
    out.add("growth", pass, [&] {
      const double cagr =
          std::pow(static_cast<double>(v.back().units()) / static_cast<double>(v.front().units()), 1.0 / n) - 1.0;
      return period() + "销售收入年均复合增长率约" + percent_approx(cagr) + "（要求不低于" + p.growth_min->percent_text() + "）";
    });
    return;
  }
  Fraction sum;
  for (size_t i = 0; i + 1 < v.size(); ++i) sum = sum + Fraction::of(v[i + 1]) / Fraction::of(v[i]);
  r.growth = sum / Fraction::integer(n) - Fraction::integer(1);
  out.add("growth", *r.growth >= *p.growth_min, [&] {
    return period() + "销售收入平均增长率" + r.growth->percent_text() + "（要求不低于" + p.growth_min->percent_text() + "）";
  });
}

void check_ratios(const TierPolicy& p, const TierInput& in, CheckSink& out) {
  if (p.rd_ratio_min) {
    const auto ratio = in.revenue_wan.empty() ? std::nullopt : Fraction::ratio(in.rd_expense_latest_wan, in.revenue_wan.back());
    out.add("rd_ratio", ratio && *ratio >= *p.rd_ratio_min, [&] {
      return (ratio ? "最近一年研发费用占销售收入比例" + ratio->percent_text() : std::string("最近一年销售收入为0或缺失")) +
             "（要求不低于" + p.rd_ratio_min->percent_text() + "）";
    });
  }
  if (p.tech_staff_ratio_min) {
    const auto ratio = Fraction::ratio(in.tech_staff, in.employees_total);
    out.add("tech_staff_ratio", ratio && *ratio >= *p.tech_staff_ratio_min, [&] {
      return (ratio ? "科技人员占职工总数比例" + ratio->percent_text() : std::string("职工总数为0")) + "（要求不低于" +
             p.tech_staff_ratio_min->percent_text() + "）";
    });
  }
  if (p.min_owned_ip > 0)
    out.add("owned_ip", in.owned_ip_count >= p.min_owned_ip, [&] {
      return "拥有有效知识产权" + std::to_string(in.owned_ip_count) + "项（要求不少于" + std::to_string(p.min_owned_ip) + "项）";
    });
}

RuleSetVersion version(std::string_view region, Tier tier, std::string document, std::string effective_from) {
  return {std::string(region) + ".tier." + std::string(tier_code(tier)) + ".default", std::move(document),
          std::move(effective_from), std::string(region)};
}

constexpr const char* kLadderDocument = "《河南省创新型企业梯次培育实施方案（2024—2026年）（试行）》";
constexpr const char* kUnverified = "门槛数值未见于已收集的官方文本，为平台默认值，须按本地现行文件修改";

}  // namespace

TierResult evaluate_tier(const TierPolicy& policy, const TierInput& in, TierDetail detail) {
  validate(in);
  TierResult r;
  r.tier = policy.tier;
  r.rule_set = policy.version;
  CheckSink sink{r.checks, detail == TierDetail::Explained};
  check_prerequisite(policy, in, sink);
  check_age(policy, in, sink);
  check_revenue(policy, in, sink);
  check_growth(policy, in, r, sink);
  check_ratios(policy, in, sink);
  r.qualified = true;
  for (const auto& check : r.checks) r.qualified = r.qualified && check.pass;
  return r;
}

std::vector<TierPolicy> default_tier_policies(std::string_view region) {
  std::vector<TierPolicy> out;

  // 科技小巨人: 豫科〔2016〕158号《河南省“科技小巨人（培育）”企业备案管理办法（试行）》 — a 培育 enterprise
  // becomes a 科技小巨人 when its annual revenue exceeds 1亿元. The document's exact date is not in the
  // stored material; its year is used.
  TierPolicy giant;
  giant.tier = Tier::TechLittleGiant;
  giant.version = version(region, Tier::TechLittleGiant, "豫科〔2016〕158号", "2016-01-01");
  giant.revenue_min_wan = Decimal::whole(10'000);
  giant.revenue_min_inclusive = false;
  giant.note = "年销售收入超过1亿元：豫科〔2016〕158号（已核实）；“培育”备案身份由省科技厅认定，不在本规则内";
  out.push_back(giant);

  // 瞪羚: selected from 高新技术企业 (verified); growth ≥ 20% mean annual revenue growth (unverified recollection).
  TierPolicy gazelle;
  gazelle.tier = Tier::Gazelle;
  gazelle.version = version(region, Tier::Gazelle, kLadderDocument, "2024-01-01");
  gazelle.prerequisite = TierPrerequisite::HighTechEnterprise;
  gazelle.growth_metric = GrowthMetric::MeanAnnual;
  gazelle.growth_periods = 2;
  gazelle.growth_min = Fraction::percent(20);
  gazelle.note = std::string("须为高新技术企业（已核实）；近三年销售收入平均增长率不低于20%：") + kUnverified;
  out.push_back(gazelle);

  // 创新龙头: selected mainly from 高新技术企业 (verified); 151 of the 166 enterprises of 2024 had revenue
  // above 3亿元 — a description, used here only as a default floor.
  TierPolicy leader;
  leader.tier = Tier::InnovationLeader;
  leader.version = version(region, Tier::InnovationLeader, kLadderDocument, "2024-01-01");
  leader.prerequisite = TierPrerequisite::HighTechEnterprise;
  leader.revenue_min_wan = Decimal::whole(30'000);
  leader.revenue_min_inclusive = false;
  leader.note = std::string("以高新技术企业为重点（已核实）；销售收入超过3亿元取自2024年名单的统计描述：") + kUnverified;
  out.push_back(leader);

  // 高企后备: a typical entry rule near the 高企 lines (unverified).
  TierPolicy reserve;
  reserve.tier = Tier::HnteReserve;
  reserve.version = version(region, Tier::HnteReserve, kLadderDocument, "2024-01-01");
  reserve.prerequisite = TierPrerequisite::RegisteredTechSme;
  reserve.min_years_registered = 1;
  reserve.min_owned_ip = 1;
  reserve.rd_ratio_min = Fraction::percent(3);
  reserve.tech_staff_ratio_min = Fraction::percent(10);
  reserve.note = std::string("注册满1年、拥有知识产权、研发费用占比和科技人员占比接近高企标准：") + kUnverified;
  out.push_back(reserve);

  // 雏鹰: modelled on 杭州“新雏鹰” 杭科高〔2024〕50号 (🟡), its numeric core only.
  TierPolicy eaglet;
  eaglet.tier = Tier::Eaglet;
  eaglet.version = version(region, Tier::Eaglet, "参照杭科高〔2024〕50号（杭州“新雏鹰”）", "2024-10-11");
  eaglet.prerequisite = TierPrerequisite::RegisteredTechSme;
  eaglet.max_years_registered = 5;
  eaglet.tech_staff_ratio_min = Fraction::percent(20);
  eaglet.rd_ratio_min = Fraction::percent(10);
  eaglet.note = std::string("成立不超过5年、研发人员占比不低于20%、研发费用占营业收入不低于10%，参照杭州“新雏鹰”：") + kUnverified;
  out.push_back(eaglet);
  return out;
}

std::string_view tier_code(Tier tier) {
  switch (tier) {
    case Tier::Gazelle: return "gazelle";
    case Tier::Eaglet: return "eaglet";
    case Tier::InnovationLeader: return "innovation_leader";
    case Tier::HnteReserve: return "hnte_reserve";
    case Tier::TechLittleGiant: return "tech_little_giant";
  }
  return "";
}

std::string_view tier_name(Tier tier) {
  switch (tier) {
    case Tier::Gazelle: return "瞪羚企业";
    case Tier::Eaglet: return "科技雏鹰企业";
    case Tier::InnovationLeader: return "创新龙头企业";
    case Tier::HnteReserve: return "高新技术企业后备企业";
    case Tier::TechLittleGiant: return "科技小巨人企业";
  }
  return "";
}

}  // namespace kc::cultivation
