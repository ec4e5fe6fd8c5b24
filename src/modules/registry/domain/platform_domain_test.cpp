#include <gtest/gtest.h>

#include "modules/registry/domain/platform_document.hpp"
#include "modules/registry/domain/platform_kind.hpp"

namespace kc::registry {
namespace {

TEST(PlatformDocumentNumber, AcceptsTheStandardFormAsItIs) {
  EXPECT_EQ(normalise_document_number("豫科〔2023〕12号"), "豫科〔2023〕12号");
  EXPECT_EQ(normalise_document_number("国科发基〔2021〕7号"), "国科发基〔2021〕7号");
}

TEST(PlatformDocumentNumber, NormalisesTheBracketsOfficersType) {
  EXPECT_EQ(normalise_document_number(" 平科[2019]48号 "), "平科〔2019〕48号");
  EXPECT_EQ(normalise_document_number("豫科【2023】12号"), "豫科〔2023〕12号");
  EXPECT_EQ(normalise_document_number("豫科（2023）12号"), "豫科〔2023〕12号");
}

TEST(PlatformDocumentNumber, RejectsTextThatIsNotADocumentNumber) {
  EXPECT_FALSE(normalise_document_number(""));
  EXPECT_FALSE(normalise_document_number("〔2023〕12号"));    // no issuer
  EXPECT_FALSE(normalise_document_number("豫科〔23〕12号"));  // two-digit year
  EXPECT_FALSE(normalise_document_number("豫科〔2023〕012号"));  // leading zero
  EXPECT_FALSE(normalise_document_number("豫科〔2023〕12"));  // no 号
  EXPECT_FALSE(normalise_document_number("豫科 〔2023〕12号"));
}

TEST(PlatformDate, AcceptsRealCalendarDaysOnly) {
  EXPECT_TRUE(is_civil_date("2024-02-29"));
  EXPECT_FALSE(is_civil_date("2023-02-29"));
  EXPECT_FALSE(is_civil_date("2023-13-01"));
  EXPECT_FALSE(is_civil_date("2023-1-01"));
  EXPECT_FALSE(is_civil_date("1900-01-01"));
  EXPECT_FALSE(is_civil_date("2023-01-01T00:00:00Z"));
}

TEST(PlatformKinds, NameEveryTypeLevelAndStatusAndNothingElse) {
  EXPECT_EQ(platform_types().size(), 8u);
  EXPECT_EQ(platform_code_name(platform_types(), "maker_space"), "众创空间");
  EXPECT_EQ(platform_code_name(platform_types(), "academician_workstation"), "院士工作站");
  EXPECT_EQ(platform_code_name(platform_levels(), "provincial"), "省级");
  EXPECT_EQ(platform_code_name(platform_statuses(), "revoked"), "已撤销");
  EXPECT_EQ(platform_code_name(platform_types(), "national"), "");
  EXPECT_EQ(platform_code_name(platform_levels(), ""), "");
}

}  // namespace
}  // namespace kc::registry
