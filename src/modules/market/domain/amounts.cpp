#include "modules/market/domain/amounts.hpp"

#include <array>
#include <utility>

namespace kc::market {

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kKinds{{
    {"equipment", "购置设备"},
    {"instrument", "购置仪器"},
    {"parts", "零部件"},
    {"raw_material", "原材料"},
    {"other", "其他非技术性费用"},
}};
}  // namespace

std::optional<CostKind> parse_cost_kind(std::string_view code) {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i].first == code) return static_cast<CostKind>(i);
  return std::nullopt;
}
std::string_view cost_kind_code(CostKind k) { return kKinds.at(static_cast<std::size_t>(k)).first; }
std::string_view cost_kind_name(CostKind k) { return kKinds.at(static_cast<std::size_t>(k)).second; }

std::optional<AmountProblem> amounts_problem(Fen total_fen, const std::vector<NonTechnicalCost>& costs) {
  if (total_fen <= 0) return AmountProblem{"total_amount_fen", "合同成交额必须大于0"};
  if (total_fen > kMaxAmountFen) return AmountProblem{"total_amount_fen", "合同成交额超出允许范围"};
  if (costs.size() > kMaxNonTechnicalCosts) return AmountProblem{"non_technical_costs", "非技术性费用最多100项"};
  Fen sum = 0;
  for (std::size_t i = 0; i < costs.size(); ++i) {
    std::string field = "non_technical_costs[" + std::to_string(i) + "].amount_fen";
    if (costs[i].amount_fen <= 0) return AmountProblem{field, "非技术性费用金额必须大于0"};
    if (costs[i].amount_fen > kMaxAmountFen) return AmountProblem{field, "非技术性费用金额超出允许范围"};
    sum += costs[i].amount_fen;
  }
  // Equal is allowed in arithmetic but leaves no technical content to register.
  if (sum >= total_fen) return AmountProblem{"non_technical_costs", "非技术性费用合计必须小于合同成交额"};
  return std::nullopt;
}

ContractAmounts contract_amounts(Fen total_fen, const std::vector<NonTechnicalCost>& costs) {
  ContractAmounts a;
  a.total_fen = total_fen;
  for (const auto& c : costs) a.non_technical_fen += c.amount_fen;
  a.technical_fen = total_fen - a.non_technical_fen;
  return a;
}

std::string fen_to_yuan(Fen fen) {
  std::string sign = fen < 0 ? "-" : "";
  // Negating INT64_MIN would overflow; amounts are bounded far below it, but stay safe.
  unsigned long long v = fen < 0 ? 0ULL - static_cast<unsigned long long>(fen) : static_cast<unsigned long long>(fen);
  std::string cents = std::to_string(v % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return sign + std::to_string(v / 100) + "." + cents;
}

}  // namespace kc::market
