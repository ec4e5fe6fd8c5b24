#pragma once
// Tax flags of a technology contract. Pure rules; the issuing documents are cited at each rule in tax.cpp and in
// /work/shared/docs/domain-rules.md §3.5.
//   VAT: 财税〔2016〕36号 附件3 第一条（二十六） — 技术转让、技术开发和与之相关的技术咨询、技术服务 are exempt.
//   CIT: 企业所得税法 第二十七条（四）, 实施条例 第九十条 — per tax year, 技术转让所得 up to 500万元 exempt, the excess
//        taxed at half; scope 财税〔2010〕111号, non-exclusive licences 财税〔2015〕116号, 所得 国税函〔2009〕212号,
//        the halved part at the 25% statutory rate 国税函〔2010〕157号.
#include <optional>
#include <string>
#include <vector>

#include "modules/market/domain/amounts.hpp"
#include "modules/market/domain/contract_types.hpp"

namespace kc::market {

// What the tax rules need to know about one contract.
struct TaxFacts {
  ContractCategory category;
  std::string sub_type;
  bool related_to_main_contract = false;   // consulting/service: part of a transfer/development by the same seller
  IpKind ip_kind = IpKind::None;
  std::optional<LicenseScope> license_scope;
  int license_years = 0;                   // licences: the licensed period in whole years
  int signed_ymd = 0;                      // signing date as YYYYMMDD
};

struct TaxFlag {
  bool eligible = false;
  std::string reason;  // Chinese: why (or why not), with the document
};

// VAT exemption eligibility by category. The contract must also be registered (认定) before the exemption applies.
TaxFlag vat_exemption(const TaxFacts& f);
// Whether the contract's income can count as 技术转让所得 for the income-tax relief.
TaxFlag transfer_income_relief(const TaxFacts& f);

// One transfer's 所得 inputs (国税函〔2009〕212号: 所得 = 收入 − 成本 − 相关税费).
struct TransferIncome {
  Fen income_fen = 0;
  Fen cost_fen = 0;
  Fen related_taxes_fen = 0;
};

inline constexpr Fen kTransferIncomeExemptFen = 500'0000'00;  // 500万元 in 分

struct TransferIncomeTax {
  Fen income_total_fen = 0;  // Σ 所得 of the tax year (may be negative: a loss, nothing to relieve)
  Fen exempt_fen = 0;        // the part up to 500万元, exempt
  Fen excess_fen = 0;        // the part above 500万元
  Fen halved_base_fen = 0;   // excess / 2, rounded half up to 分 (the amount taxed)
  Fen tax_fen = 0;           // excess × 25% × 1/2, rounded half up to 分
};

// The annual relief is per enterprise and tax year over ALL its qualifying transfers summed, not per contract.
TransferIncomeTax transfer_income_tax(const std::vector<TransferIncome>& transfers_of_one_year);

}  // namespace kc::market
