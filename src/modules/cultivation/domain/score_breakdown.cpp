#include "modules/cultivation/domain/score_breakdown.hpp"

#include <boost/json.hpp>

namespace kc::cultivation {
namespace {

struct IndicatorSpec {
  TechSmeRatio ratio;
  std::string_view code, name, clause;
};

constexpr IndicatorSpec kSpecs[] = {
    {TechSmeRatio::TechStaff, "tech_staff", "科技人员占职工总数比例", "国科发政〔2017〕115号 第七条（一）科技人员指标（满分20分）"},
    {TechSmeRatio::RdBySales, "rd_by_sales", "研发费用占销售收入比例", "国科发政〔2017〕115号 第七条（二）研发投入指标 方法一（满分50分）"},
    {TechSmeRatio::RdByCost, "rd_by_cost", "研发费用占成本费用支出比例", "国科发政〔2017〕115号 第七条（二）研发投入指标 方法二（满分50分）"},
};

std::optional<Fraction> ratio_of(const TechSmeInput& in, TechSmeRatio r) {
  switch (r) {
    case TechSmeRatio::TechStaff: return Fraction::ratio(std::int64_t{in.tech_staff}, std::int64_t{in.employees_total});
    case TechSmeRatio::RdBySales: return Fraction::ratio(in.rd_expense_wan, in.sales_revenue_wan);
    case TechSmeRatio::RdByCost: return Fraction::ratio(in.rd_expense_wan, in.cost_expense_total_wan);
  }
  return std::nullopt;
}

boost::json::value percent_or_null(const std::optional<Fraction>& f) {
  return f ? boost::json::value(f->percent_rounded()) : boost::json::value(nullptr);
}

}  // namespace

std::vector<IndicatorBreakdown> tech_sme_breakdown(const TechSmeInput& input) {
  std::vector<IndicatorBreakdown> rows;
  const Fraction everything = Fraction::integer(1);  // no margin: always say how far the next band is
  for (const auto& spec : kSpecs) {
    auto table = tech_sme_ratio_bands(spec.ratio);
    auto ratio = ratio_of(input, spec.ratio);
    const auto& band = ratio ? band_for(*ratio, table) : table.back();
    auto next = near_next_band(ratio.value_or(Fraction::integer(0)), table, everything);
    rows.push_back({spec.code, spec.name, spec.clause, ratio, band.name, band.points, next});
  }
  return rows;
}

boost::json::array breakdown_json(const std::vector<IndicatorBreakdown>& rows) {
  boost::json::array out;
  for (const auto& r : rows) {
    boost::json::object row{{"indicator", r.code}, {"name", r.name},     {"clause", r.clause},
                            {"ratio_pct", percent_or_null(r.ratio)},     {"band", r.band},
                            {"points", r.points}};
    row["next_band"] = r.next ? boost::json::value(r.next->next_band) : boost::json::value(nullptr);
    row["next_band_edge_pct"] = r.next ? percent_or_null(r.next->edge) : boost::json::value(nullptr);
    row["gap_pp"] = r.next ? percent_or_null(r.next->gap) : boost::json::value(nullptr);
    row["points_gain"] = r.next ? r.next->points_gain : 0;
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace kc::cultivation
