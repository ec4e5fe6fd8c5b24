#include "modules/market/domain/tax.hpp"

#include <algorithm>

namespace kc::market {

using C = ContractCategory;

TaxFlag vat_exemption(const TaxFacts& f) {
  switch (f.category) {
    case C::Development:
    case C::Transfer:
      return {true, "技术开发、技术转让免征增值税（财税〔2016〕36号附件3第一条第（二十六）项），须经认定登记"};
    case C::License:
      // 36号 treats the transfer of a technology's 使用权 as 技术转让.
      return {true, "技术许可（使用权转让）免征增值税（财税〔2016〕36号附件3第一条第（二十六）项），须经认定登记"};
    case C::Consulting:
    case C::Service:
      if (is_by_analogy_service(f.sub_type))
        return {false, "技术培训、技术中介不属于免征增值税的技术转让、技术开发及相关服务"};
      if (!f.related_to_main_contract)
        return {false, "技术咨询、技术服务仅在与技术转让、技术开发相关时免征增值税（财税〔2016〕36号）"};
      return {true, "与技术转让、技术开发相关的技术咨询、技术服务免征增值税（财税〔2016〕36号），价款应与技术转让、技术开发开在同一张发票上"};
  }
  return {false, ""};
}

namespace {

// 财税〔2010〕111号 第一条: 专利技术、计算机软件著作权、集成电路布图设计权、植物新品种、生物医药新品种，以及财政部和
// 国家税务总局确定的其他技术. Technical secrets and "other" are only covered once the two ministries say so.
bool ip_in_relief_scope(IpKind k) {
  return k == IpKind::Patent || k == IpKind::Software || k == IpKind::IcLayout || k == IpKind::PlantVariety ||
         k == IpKind::BiomedVariety;
}

constexpr int kNonExclusiveLicenceFrom = 20151001;  // 财税〔2015〕116号 第二条, from 2015-10-01
constexpr int kMinLicenceYears = 5;                 // "5年以上（含5年）"

TaxFlag licence_relief(const TaxFacts& f) {
  if (f.license_years < kMinLicenceYears)
    return {false, "许可期限不足5年，不属于技术转让所得（财税〔2010〕111号、财税〔2015〕116号）"};
  if (f.license_scope == LicenseScope::Exclusive)
    return {true, "5年以上全球独占许可属于技术转让（财税〔2010〕111号），所得可享受减免"};
  if (f.signed_ymd < kNonExclusiveLicenceFrom)
    return {false, "2015年10月1日前签订的非独占许可不属于技术转让（财税〔2015〕116号自2015年10月1日起执行）"};
  return {true, "5年以上非独占许可属于技术转让（财税〔2015〕116号），所得可享受减免"};
}

}  // namespace

TaxFlag transfer_income_relief(const TaxFacts& f) {
  if (f.category != C::Transfer && f.category != C::License)
    return {false, "仅技术转让（含符合条件的许可）所得适用企业所得税减免（企业所得税法第二十七条第（四）项）"};
  if (!ip_in_relief_scope(f.ip_kind))
    return {false, "标的不属于专利技术、软件著作权、集成电路布图设计、植物新品种、生物医药新品种（财税〔2010〕111号）"};
  if (f.category == C::License) return licence_relief(f);
  return {true, "技术所有权转让所得，一个纳税年度内不超过500万元的部分免征、超过部分减半征收（实施条例第九十条）"};
}

namespace {
// n / d rounded half up, for n >= 0 and d > 0.
Fen div_round_half_up(Fen n, Fen d) { return (n + d / 2) / d; }
}  // namespace

TransferIncomeTax transfer_income_tax(const std::vector<TransferIncome>& transfers) {
  TransferIncomeTax t;
  for (const auto& x : transfers) t.income_total_fen += x.income_fen - x.cost_fen - x.related_taxes_fen;
  if (t.income_total_fen <= 0) return t;
  // "不超过500万元的部分" includes 500万元 itself.
  t.exempt_fen = std::min(t.income_total_fen, kTransferIncomeExemptFen);
  t.excess_fen = t.income_total_fen - t.exempt_fen;
  t.halved_base_fen = div_round_half_up(t.excess_fen, 2);
  // Halved at the 25% statutory rate, never at the 高企 15% rate (国税函〔2010〕157号): excess × 12.5% = excess / 8.
  t.tax_fen = div_round_half_up(t.excess_fen, 8);
  return t;
}

}  // namespace kc::market
