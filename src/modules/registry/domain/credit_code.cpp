#include "modules/registry/domain/credit_code.hpp"

#include <array>
#include <stdexcept>

#include "core/errors.hpp"

namespace kc::registry {
namespace {

// GB 32100-2015 §4.3: the code character set, in value order (no I, O, S, V, Z).
constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kModulus = 31;
// GB 32100-2015 §5: weights of positions 1–17 (3^(i-1) mod 31).
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

struct Authority {
  char code;
  std::string_view types;  // organisation type codes allowed under this authority
};

// GB 32100-2015 附录 A 表 A.1 (登记管理部门代码 and 机构类别代码), as amended by XG1-2016.
constexpr std::array kAuthorities = {
    Authority{'1', "1239"},    // 机构编制: 机关, 事业单位, 中央编办直接管理的群众团体, 其他
    Authority{'2', "19"},      // 外交: 外国常驻新闻机构, 其他
    Authority{'3', "123459"},  // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    Authority{'4', "19"},      // 文化: 外国在华文化中心, 其他
    Authority{'5', "1239"},    // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    Authority{'6', "129"},     // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
    Authority{'7', "129"},     // 宗教: 宗教活动场所, 宗教院校, 其他
    Authority{'8', "19"},      // 工会: 基层工会, 其他
    Authority{'9', "123"},     // 工商: 企业, 个体工商户, 农民专业合作社
    Authority{'A', "19"},      // 中央军委改革和编制办公室: 军队事业单位, 其他
    Authority{'N', "1239"},    // 农业: 组级/村级/乡镇级集体经济组织, 其他
    Authority{'Y', "1"},       // 其他
};

int char_value(char c) {
  std::size_t pos = kCharset.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

const Authority* find_authority(char c) {
  for (const Authority& a : kAuthorities)
    if (a.code == c) return &a;
  return nullptr;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// GB/T 2260 province prefixes, plus 10 for offices of the State Council level (e.g. 100000).
bool is_known_province_prefix(std::string_view two) {
  static constexpr std::array<std::string_view, 35> kPrefixes = {
      "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
      "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"};
  for (std::string_view p : kPrefixes)
    if (p == two) return true;
  return false;
}

// Characters as a person counts them: UTF-8 continuation bytes do not start a character.
std::size_t count_characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string position_text(std::size_t i) { return "第" + std::to_string(i + 1) + "位"; }

// Reports the first bad character; every character before it is ASCII, so its byte index is its position.
std::optional<std::string> charset_problem(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i)
    if (char_value(code[i]) < 0)
      return position_text(i) + "含有不允许的字符（只能使用数字和除 I、O、S、V、Z 外的大写字母）";
  return std::nullopt;
}

std::optional<std::string> authority_problem(std::string_view code) {
  const Authority* a = find_authority(code[0]);
  if (!a) return std::string("第1位登记管理部门代码“") + code[0] + "”不存在";
  if (a->types.find(code[1]) == std::string_view::npos)
    return std::string("第2位机构类别代码“") + code[1] + "”不属于登记管理部门“" + code[0] + "”";
  return std::nullopt;
}

std::optional<std::string> region_problem(std::string_view code) {
  std::string_view region = code.substr(2, 6);
  for (char c : region)
    if (!is_digit(c)) return "第3至8位登记管理机关行政区划码必须是6位数字";
  if (!is_known_province_prefix(region.substr(0, 2)))
    return "第3至8位登记管理机关行政区划码“" + std::string(region) + "”不是有效的行政区划";
  return std::nullopt;
}

}  // namespace

std::string normalise_credit_code(std::string_view raw) {
  std::size_t begin = raw.find_first_not_of(' ');
  if (begin == std::string_view::npos) return {};
  std::size_t end = raw.find_last_not_of(' ');
  std::string out(raw.substr(begin, end - begin + 1));
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

char credit_code_check_char(std::string_view first17) {
  if (first17.size() != kCreditCodeLength - 1) throw std::invalid_argument("credit code body must have 17 characters");
  int sum = 0;
  for (std::size_t i = 0; i < first17.size(); ++i) {
    int v = char_value(first17[i]);
    if (v < 0) throw std::invalid_argument("credit code body has a character outside the GB 32100 set");
    sum += v * kWeights[i];
  }
  return kCharset[(kModulus - sum % kModulus) % kModulus];
}

char org_code_check_char(std::string_view first8) {
  // GB 11714-1997 §4: weights 3 7 9 10 5 8 4 2; letters count A=10 … Z=35; C9 = 11 − (Σ mod 11), 10 → X, 11 → 0.
  static constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};
  if (first8.size() != 8) throw std::invalid_argument("organisation code body must have 8 characters");
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    char c = first8[i];
    int v = is_digit(c) ? c - '0' : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : -1;
    if (v < 0) throw std::invalid_argument("organisation code body must be digits or upper-case letters");
    sum += v * kOrgWeights[i];
  }
  int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

std::optional<std::string> credit_code_problem(std::string_view code) {
  if (code.empty()) return "不能为空";
  std::size_t length = count_characters(code);
  if (length != kCreditCodeLength) return "长度应为18位，实际为" + std::to_string(length) + "位";
  if (auto p = charset_problem(code)) return p;
  if (auto p = authority_problem(code)) return p;
  if (auto p = region_problem(code)) return p;
  char expected = credit_code_check_char(code.substr(0, kCreditCodeLength - 1));
  if (code.back() != expected) return "校验位错误";
  return std::nullopt;
}

bool is_valid_credit_code(std::string_view code) { return !credit_code_problem(code).has_value(); }

void require_valid_credit_code(std::string_view code, std::string_view field) {
  if (auto problem = credit_code_problem(code)) throw ApiError(Err::CreditCodeInvalid, *problem, std::string(field));
}

}  // namespace kc::registry
