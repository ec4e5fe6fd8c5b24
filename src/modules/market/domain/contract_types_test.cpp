#include "modules/market/domain/contract_types.hpp"

#include <gtest/gtest.h>

#include <set>

namespace kc::market {
namespace {

TEST(MarketContractTypes, FiveCategoriesWithLicenceSeparateFromTransfer) {
  ASSERT_EQ(contract_categories().size(), 5u);
  EXPECT_EQ(find_category("license")->name, "技术许可");
  EXPECT_EQ(find_category("license")->legacy_label, "技术转让");  // the pre-民法典 registry filed it there
  EXPECT_EQ(find_category("development")->name, "技术开发");
  EXPECT_EQ(find_category("DEV"), nullptr);
}

TEST(MarketContractTypes, SubTypesBelongToTheirCategory) {
  EXPECT_NE(find_sub_type(ContractCategory::Development, "entrusted"), nullptr);
  EXPECT_NE(find_sub_type(ContractCategory::Development, "cooperative"), nullptr);
  EXPECT_EQ(find_sub_type(ContractCategory::Transfer, "entrusted"), nullptr);
  EXPECT_NE(find_sub_type(ContractCategory::Transfer, "patent_application"), nullptr);
  EXPECT_EQ(find_sub_type(ContractCategory::License, "patent"), nullptr);
}

TEST(MarketContractTypes, SubTypeCodesAreUnique) {
  std::set<std::string_view> seen;
  for (const auto& s : contract_sub_types()) EXPECT_TRUE(seen.insert(s.code).second) << s.code;
}

TEST(MarketContractTypes, LicenceScopesAndIpKindsParse) {
  EXPECT_EQ(parse_license_scope("non_exclusive"), LicenseScope::NonExclusive);
  EXPECT_FALSE(parse_license_scope("global"));
  EXPECT_EQ(parse_ip_kind(ip_kind_code(IpKind::IcLayout)), IpKind::IcLayout);
  EXPECT_FALSE(parse_ip_kind("trademark"));
}

}  // namespace
}  // namespace kc::market
