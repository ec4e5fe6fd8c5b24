#include "modules/market/domain/tax.hpp"

#include <gtest/gtest.h>

namespace kc::market {
namespace {

using C = ContractCategory;

TaxFacts facts(C c, std::string sub, IpKind ip = IpKind::Patent) {
  TaxFacts f;
  f.category = c;
  f.sub_type = std::move(sub);
  f.ip_kind = ip;
  f.signed_ymd = 20260301;
  return f;
}

TEST(MarketTax, VatExemptForDevelopmentTransferAndLicence) {
  EXPECT_TRUE(vat_exemption(facts(C::Development, "entrusted")).eligible);
  EXPECT_TRUE(vat_exemption(facts(C::Development, "cooperative")).eligible);
  EXPECT_TRUE(vat_exemption(facts(C::Transfer, "patent")).eligible);
  EXPECT_TRUE(vat_exemption(facts(C::License, "patent_license")).eligible);
}

TEST(MarketTax, ConsultingAndServiceOnlyWhenRelated) {
  for (auto [c, sub] : {std::pair{C::Consulting, "feasibility"}, std::pair{C::Service, "testing"}}) {
    auto f = facts(c, sub);
    EXPECT_FALSE(vat_exemption(f).eligible) << sub;
    f.related_to_main_contract = true;
    EXPECT_TRUE(vat_exemption(f).eligible) << sub;
  }
}

TEST(MarketTax, TrainingAndIntermediaryNeverVatExempt) {
  for (const char* sub : {"training", "intermediary"}) {
    auto f = facts(C::Service, sub);
    f.related_to_main_contract = true;
    EXPECT_FALSE(vat_exemption(f).eligible) << sub;
  }
}

TEST(MarketTax, IncomeTaxReliefOnlyForTransfersOfCoveredIp) {
  EXPECT_TRUE(transfer_income_relief(facts(C::Transfer, "patent")).eligible);
  EXPECT_TRUE(transfer_income_relief(facts(C::Transfer, "other_transfer", IpKind::Software)).eligible);
  EXPECT_FALSE(transfer_income_relief(facts(C::Transfer, "technical_secret", IpKind::TechnicalSecret)).eligible);
  EXPECT_FALSE(transfer_income_relief(facts(C::Transfer, "other_transfer", IpKind::None)).eligible);
  EXPECT_FALSE(transfer_income_relief(facts(C::Development, "entrusted")).eligible);
  EXPECT_FALSE(transfer_income_relief(facts(C::Service, "testing")).eligible);
}

TEST(MarketTax, LicenceNeedsFiveYearsAndNonExclusiveOnlySinceOctober2015) {
  auto f = facts(C::License, "patent_license");
  f.license_scope = LicenseScope::Exclusive;
  f.license_years = 4;
  EXPECT_FALSE(transfer_income_relief(f).eligible);
  f.license_years = 5;  // "5年以上（含5年）"
  EXPECT_TRUE(transfer_income_relief(f).eligible);
  f.license_scope = LicenseScope::NonExclusive;
  f.signed_ymd = 20151001;
  EXPECT_TRUE(transfer_income_relief(f).eligible);
  f.signed_ymd = 20150930;
  EXPECT_FALSE(transfer_income_relief(f).eligible);
  f.license_scope = LicenseScope::Sole;  // 排他 is not 独占: it follows the non-exclusive rule
  EXPECT_FALSE(transfer_income_relief(f).eligible);
  f.license_scope = LicenseScope::Exclusive;
  EXPECT_TRUE(transfer_income_relief(f).eligible);
}

TEST(MarketTax, UpToFiveMillionExemptInclusive) {
  auto t = transfer_income_tax({{kTransferIncomeExemptFen, 0, 0}});
  EXPECT_EQ(t.exempt_fen, kTransferIncomeExemptFen);
  EXPECT_EQ(t.excess_fen, 0);
  EXPECT_EQ(t.tax_fen, 0);
}

TEST(MarketTax, ExcessIsHalvedAtTheStatutoryRate) {
  // 所得 800万元: 500万 exempt, 300万 excess, taxed on 150万 at 25% = 37.5万元 (not at 15%: 国税函〔2010〕157号).
  auto t = transfer_income_tax({{900'0000'00, 80'0000'00, 20'0000'00}});
  EXPECT_EQ(t.income_total_fen, 800'0000'00);
  EXPECT_EQ(t.exempt_fen, 500'0000'00);
  EXPECT_EQ(t.excess_fen, 300'0000'00);
  EXPECT_EQ(t.halved_base_fen, 150'0000'00);
  EXPECT_EQ(t.tax_fen, 37'5000'00);
}

TEST(MarketTax, OneFenAboveTheThresholdRoundsHalfUp) {
  auto t = transfer_income_tax({{kTransferIncomeExemptFen + 1, 0, 0}});
  EXPECT_EQ(t.excess_fen, 1);
  EXPECT_EQ(t.halved_base_fen, 1);  // 0.5 分 rounds up
  EXPECT_EQ(t.tax_fen, 0);          // 0.125 分 rounds down
  EXPECT_EQ(transfer_income_tax({{kTransferIncomeExemptFen + 4, 0, 0}}).tax_fen, 1);  // 0.5 分 rounds up
  EXPECT_EQ(transfer_income_tax({{kTransferIncomeExemptFen + 3, 0, 0}}).tax_fen, 0);  // 0.375 分
}

TEST(MarketTax, ThresholdAppliesToTheYearNotEachContract) {
  // Two transfers of 300万元 each: per contract each would be exempt; per year 100万 is above the threshold.
  auto t = transfer_income_tax({{300'0000'00, 0, 0}, {300'0000'00, 0, 0}});
  EXPECT_EQ(t.excess_fen, 100'0000'00);
  EXPECT_EQ(t.tax_fen, 12'5000'00);
}

TEST(MarketTax, LossesOffsetAndANetLossOwesNothing) {
  auto t = transfer_income_tax({{600'0000'00, 0, 0}, {0, 200'0000'00, 0}});
  EXPECT_EQ(t.income_total_fen, 400'0000'00);
  EXPECT_EQ(t.excess_fen, 0);
  auto loss = transfer_income_tax({{10, 20, 0}});
  EXPECT_EQ(loss.income_total_fen, -10);
  EXPECT_EQ(loss.exempt_fen, 0);
  EXPECT_EQ(loss.tax_fen, 0);
}

}  // namespace
}  // namespace kc::market
