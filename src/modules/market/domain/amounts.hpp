#pragma once
// 合同成交额 and 技术交易额 in exact integer 分.
// 技术交易额 = 合同成交额 (the contract's total) − non-technical costs: purchased equipment, instruments, parts and
// raw materials. The direct cost of a reasonable quantity of technical carriers (documents, software or samples
// needed for testing, usually 1–2 sets of complete technical equipment) is NOT deducted.
// Source: 《技术合同认定规则》国科发政字〔2001〕253号 and the registry's definition page "技术合同及技术交易额认定条件";
// /work/shared/docs/domain-rules.md §3.4.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::market {

using Fen = std::int64_t;

// 1 万亿元: far above any real contract, small enough that sums of a few hundred items cannot overflow.
inline constexpr Fen kMaxAmountFen = 100'000'000'000'000;
inline constexpr std::size_t kMaxNonTechnicalCosts = 100;

enum class CostKind { Equipment, Instrument, Parts, RawMaterial, OtherNonTechnical };
std::optional<CostKind> parse_cost_kind(std::string_view code);  // equipment | instrument | parts | raw_material | other
std::string_view cost_kind_code(CostKind k);
std::string_view cost_kind_name(CostKind k);

struct NonTechnicalCost {
  CostKind kind;
  std::string description;
  Fen amount_fen;
};

struct ContractAmounts {
  Fen total_fen = 0;          // 合同成交额
  Fen non_technical_fen = 0;  // Σ non-technical costs
  Fen technical_fen = 0;      // 技术交易额
};

// What is wrong with the amounts, naming the field ("total_amount_fen", "non_technical_costs[2].amount_fen").
struct AmountProblem {
  std::string field;
  std::string message;  // Chinese
};

std::optional<AmountProblem> amounts_problem(Fen total_fen, const std::vector<NonTechnicalCost>& costs);
// Requires amounts_problem() to be empty.
ContractAmounts contract_amounts(Fen total_fen, const std::vector<NonTechnicalCost>& costs);

// "1234.56" (元) for display and export; exact.
std::string fen_to_yuan(Fen fen);

}  // namespace kc::market
