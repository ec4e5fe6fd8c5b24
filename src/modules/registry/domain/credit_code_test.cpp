#include "modules/registry/domain/credit_code.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace kc::registry {
namespace {

// Published codes of two well-known companies (both checks, GB 32100 and GB 11714, hold on them).
constexpr std::string_view kHuawei = "914403001922038216";   // 华为技术有限公司
constexpr std::string_view kTencent = "9144030071526726XG";  // 深圳市腾讯计算机系统有限公司

// A syntactically complete code with the given first 17 characters and its correct check character.
std::string with_check(std::string body17) { return body17 + credit_code_check_char(body17); }

std::string problem_of(std::string_view code) { return credit_code_problem(code).value_or("(valid)"); }

TEST(CreditCode, PublishedCodesAreValid) {
  EXPECT_TRUE(is_valid_credit_code(kHuawei));
  EXPECT_TRUE(is_valid_credit_code(kTencent));
  EXPECT_EQ(credit_code_check_char(kHuawei.substr(0, 17)), '6');
  EXPECT_EQ(credit_code_check_char(kTencent.substr(0, 17)), 'G');
}

TEST(CreditCode, OrgCodeCheckMatchesPublishedCodes) {
  EXPECT_EQ(org_code_check_char(kHuawei.substr(8, 8)), kHuawei[16]);
  EXPECT_EQ(org_code_check_char(kTencent.substr(8, 8)), kTencent[16]);
}

TEST(CreditCode, ComputedCodesForOtherAuthoritiesAreValid) {
  // A Henan enterprise, a 事业单位 (university) and a 民办非企业单位, each with a computed check character.
  for (std::string body : {"91410402MA44XK1U7", "12410000415800318", "52410100MJY123456"}) {
    std::string code = with_check(body);
    EXPECT_TRUE(is_valid_credit_code(code)) << code << ": " << problem_of(code);
  }
}

TEST(CreditCode, CheckCharacterThirtyOneWrapsToZero) {
  // Find a body whose weighted sum is a multiple of 31: its check character must be '0', not out of range.
  std::string body = "91410402MA44XK1U0";
  for (char c : std::string_view("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
    body[16] = c;
    if (credit_code_check_char(body) == '0') {
      EXPECT_TRUE(is_valid_credit_code(body + '0'));
      return;
    }
  }
  FAIL() << "some last body character must give check character 0";
}

TEST(CreditCode, EveryWrongCheckCharacterIsRejected) {
  std::string code(kHuawei);
  for (char c : std::string_view("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
    code[17] = c;
    EXPECT_EQ(is_valid_credit_code(code), c == '6') << code;
  }
  code[17] = '7';
  EXPECT_EQ(problem_of(code), "校验位错误");
}

TEST(CreditCode, SingleCharacterTyposAreDetected) {
  std::string code(kTencent);
  code[10] = code[10] == '5' ? '6' : '5';
  EXPECT_EQ(problem_of(code), "校验位错误");
}

TEST(CreditCode, LengthProblems) {
  EXPECT_EQ(problem_of(""), "不能为空");
  EXPECT_EQ(problem_of(kHuawei.substr(0, 17)), "长度应为18位，实际为17位");
  EXPECT_EQ(problem_of(std::string(kHuawei) + "0"), "长度应为18位，实际为19位");
}

TEST(CreditCode, ForbiddenCharactersNameTheirPosition) {
  for (char bad : std::string_view("IOSVZa-")) {
    std::string code(kHuawei);
    code[9] = bad;
    EXPECT_EQ(problem_of(code), "第10位含有不允许的字符（只能使用数字和除 I、O、S、V、Z 外的大写字母）") << bad;
  }
  // A Chinese character counts as one position, not as its three UTF-8 bytes.
  EXPECT_EQ(problem_of("91440300192203821汉"), "第18位含有不允许的字符（只能使用数字和除 I、O、S、V、Z 外的大写字母）");
  EXPECT_EQ(problem_of("9144030019220382汉"), "长度应为18位，实际为17位");
}

TEST(CreditCode, UnknownRegistrationAuthority) {
  std::string code = with_check("B1440300192203821");
  EXPECT_EQ(problem_of(code), "第1位登记管理部门代码“B”不存在");
}

TEST(CreditCode, OrgTypeMustBelongToItsAuthority) {
  // 工商 (9) has 企业/个体工商户/农民专业合作社 (1–3) only; 民政 (5) has 1, 2, 3, 9.
  EXPECT_EQ(problem_of(with_check("94440300192203821")), "第2位机构类别代码“4”不属于登记管理部门“9”");
  EXPECT_TRUE(is_valid_credit_code(with_check("92440300192203821")));
  EXPECT_TRUE(is_valid_credit_code(with_check("59440300192203821")));
  EXPECT_FALSE(is_valid_credit_code(with_check("54440300192203821")));
}

TEST(CreditCode, RegionPartMustBeSixDigitsOfAKnownProvince) {
  EXPECT_EQ(problem_of(with_check("9144A300192203821")), "第3至8位登记管理机关行政区划码必须是6位数字");
  EXPECT_EQ(problem_of(with_check("91990300192203821")), "第3至8位登记管理机关行政区划码“990300”不是有效的行政区划");
  EXPECT_TRUE(is_valid_credit_code(with_check("91100000192203821")));  // registered at national level
}

TEST(CreditCode, NormalisationTrimsAndUpperCases) {
  EXPECT_EQ(normalise_credit_code("  9144030071526726xg "), kTencent);
  EXPECT_EQ(normalise_credit_code("   "), "");
  EXPECT_FALSE(is_valid_credit_code("9144030071526726xg"));  // validation itself is exact
}

TEST(CreditCode, RequireThrowsTheCatalogueErrorNamingTheField) {
  EXPECT_NO_THROW(require_valid_credit_code(kHuawei, "credit_code"));
  try {
    require_valid_credit_code("91440300192203821X", "org.credit_code");
    FAIL() << "expected ApiError";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.err(), Err::CreditCodeInvalid);
    EXPECT_EQ(e.field(), "org.credit_code");
    EXPECT_EQ(e.detail(), "校验位错误");
  }
}

TEST(CreditCode, CheckCharRejectsMalformedBodies) {
  EXPECT_THROW(credit_code_check_char("123"), std::invalid_argument);
  EXPECT_THROW(credit_code_check_char("9144030019220382I"), std::invalid_argument);
  EXPECT_THROW(org_code_check_char("1922038"), std::invalid_argument);
}

}  // namespace
}  // namespace kc::registry
