#pragma once
// 统一社会信用代码 (unified social credit code), GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》
// with its 2016 amendment (XG1-2016). 18 characters:
//   1      登记管理部门代码 (registration authority)
//   2      机构类别代码 (organisation type under that authority)
//   3–8    登记管理机关行政区划码 (GB/T 2260 region of the registering office)
//   9–17   主体标识码 (organisation code, GB 11714)
//   18     校验码 (check character, GB/T 17710 ISO 7064 MOD 31-3 style weights)
#include <optional>
#include <string>
#include <string_view>

namespace kc::registry {

inline constexpr std::size_t kCreditCodeLength = 18;

// Trims surrounding ASCII spaces and upper-cases ASCII letters, so a code typed in lower case is accepted.
std::string normalise_credit_code(std::string_view raw);

// Why `code` (already normalised) is not a valid credit code, in Chinese; nullopt when it is valid.
std::optional<std::string> credit_code_problem(std::string_view code);

bool is_valid_credit_code(std::string_view code);

// The 18th character for the first 17 (which must be in the code's character set).
// Throws std::invalid_argument otherwise: callers building codes pass well-formed input.
char credit_code_check_char(std::string_view first17);

// The 9th character of a GB 11714 organisation code for its first 8 (digits or upper-case letters).
// Not required by validation (GB 32100 checks only the 18th), used to build realistic codes.
char org_code_check_char(std::string_view first8);

// Throws kc::ApiError(Err::CreditCodeInvalid, reason, field) unless `code` is valid as given.
void require_valid_credit_code(std::string_view code, std::string_view field);

}  // namespace kc::registry
