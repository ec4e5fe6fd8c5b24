#include "modules/cultivation/domain/high_tech_breakdown.hpp"

#include <boost/json.hpp>

namespace kc::cultivation {

namespace json = boost::json;

namespace {

constexpr std::string_view kInnovationDoc = "国科发火〔2016〕195号《高新技术企业认定管理工作指引》企业创新能力评价";

// 国科发火〔2016〕32号《高新技术企业认定管理办法》第十一条, one item per condition.
constexpr std::pair<std::string_view, std::string_view> kConditionClauses[] = {
    {"C1", "国科发火〔2016〕32号 第十一条（一）注册成立一年以上（195号指引：365个日历天数以上）"},
    {"C2", "国科发火〔2016〕32号 第十一条（二）拥有对主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权"},
    {"C3", "国科发火〔2016〕32号 第十一条（三）技术属于《国家重点支持的高新技术领域》规定的范围"},
    {"C4", "国科发火〔2016〕32号 第十一条（四）科技人员占当年职工总数的比例不低于10%"},
    {"C5", "国科发火〔2016〕32号 第十一条（五）近三个会计年度研究开发费用总额占同期销售收入总额的比例符合要求，境内研发费用占比不低于60%"},
    {"C6", "国科发火〔2016〕32号 第十一条（六）近一年高新技术产品（服务）收入占同期总收入的比例不低于60%"},
    {"C7", "国科发火〔2016〕32号 第十一条（七）企业创新能力评价应达到相应要求（195号指引：70分以上）"},
    {"C8", "国科发火〔2016〕32号 第十一条（八）申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为"},
};

std::optional<RangeNext> next_of(const Fraction& value, std::span<const RangeBand> table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (!table[i].admits(value)) continue;
    if (i == 0) return std::nullopt;
    const auto& up = table[i - 1];
    return RangeNext{up.name, *up.lower, up.lower_inclusive, *up.lower - value, up.min_points, up.max_points};
  }
  return std::nullopt;
}

InnovationRow row_of(std::string_view code, std::string_view name, std::string_view clause, std::string_view unit,
                     std::optional<Fraction> value, const PickedBand& picked, std::span<const RangeBand> table) {
  InnovationRow row{code, name, clause, unit, value, picked.band, picked.min_points, picked.max_points, picked.points, {}};
  row.next = next_of(value.value_or(Fraction::integer(0)), table);
  return row;
}

json::value display(const std::optional<Fraction>& f, std::string_view unit) {
  if (!f) return nullptr;
  return unit == "%" ? f->percent_rounded() : f->rounded4();
}

json::object row_json(const InnovationRow& r) {
  json::object out{{"indicator", r.code}, {"name", r.name}, {"clause", r.clause}, {"unit", r.unit},
                   {"value", display(r.value, r.unit)}, {"band", r.band},
                   {"range", json::array{r.min_points, r.max_points}}, {"points", r.points}};
  out["next_band"] = r.next ? json::value(r.next->band) : json::value(nullptr);
  out["next_band_edge"] = r.next ? display(r.next->edge, r.unit) : json::value(nullptr);
  out["next_edge_inclusive"] = r.next ? json::value(r.next->edge_inclusive) : json::value(nullptr);
  out["gap"] = r.next ? display(r.next->gap, r.unit) : json::value(nullptr);
  out["next_range"] = r.next ? json::value(json::array{r.next->min_points, r.next->max_points}) : json::value(nullptr);
  return out;
}

}  // namespace

std::string_view condition_clause(std::string_view key) {
  for (const auto& [code, clause] : kConditionClauses)
    if (key.substr(0, code.size()) == code) return clause;
  return "";
}

std::vector<InnovationRow> innovation_breakdown(const HighTechResult& result) {
  static const std::string ip = std::string(kInnovationDoc) + "·知识产权数量（≤8分）";
  static const std::string transformation = std::string(kInnovationDoc) + "·科技成果转化能力（≤30分）";
  static const std::string growth = std::string(kInnovationDoc) + "·企业成长性（净资产、销售收入增长率各≤10分）";
  const auto& in = result.innovation;
  std::vector<InnovationRow> rows;
  // With a Ⅰ类 item the count is in the top band already; otherwise the Ⅱ类 count decides.
  if (in.ip.class_i >= 1)
    rows.push_back({"ip_count", "知识产权数量（Ⅰ类）", ip, "项", Fraction::integer(in.ip.class_i), in.ip.ip_count.band,
                    in.ip.ip_count.min_points, in.ip.ip_count.max_points, in.ip.ip_count.points, std::nullopt});
  else
    rows.push_back(row_of("ip_count", "知识产权数量（Ⅱ类）", ip, "项", Fraction::integer(in.ip.class_ii_counted),
                          in.ip.ip_count, ip_count_class_ii_bands()));
  rows.push_back(row_of("transformation", "科技成果转化（年均项数）", transformation, "项/年", in.transformation.annual_avg,
                        in.transformation.band, transformation_bands()));
  rows.push_back(row_of("growth_net_assets", "净资产增长率", growth, "%", in.growth.net_assets.rate.rate,
                        in.growth.net_assets.band, growth_bands()));
  rows.push_back(row_of("growth_sales", "销售收入增长率", growth, "%", in.growth.sales.rate.rate, in.growth.sales.band,
                        growth_bands()));
  return rows;
}

json::object high_tech_breakdown_json(const HighTechResult& result, const json::object& result_json) {
  json::array conditions;
  for (const auto& member : result_json.at("conditions").as_object()) {
    const std::string_view key(member.key().data(), member.key().size());
    const auto& detail = member.value();
    json::object row{{"key", key}, {"code", key.substr(0, 2)}, {"pass", detail.as_object().at("pass")},
                     {"clause", condition_clause(key)}};
    if (const auto* reason = detail.as_object().if_contains("reason")) row["reason"] = *reason;
    conditions.push_back(std::move(row));
  }
  json::array innovation;
  for (const auto& row : innovation_breakdown(result)) innovation.push_back(row_json(row));
  return {{"conditions", std::move(conditions)},
          {"innovation", std::move(innovation)},
          {"total", result.innovation.total},
          {"range_mode", json::object{{"min", result.innovation.range_mode.min}, {"max", result.innovation.range_mode.max},
                                      {"verdict", verdict_code(result.innovation.range_mode.verdict)}}}};
}

}  // namespace kc::cultivation
