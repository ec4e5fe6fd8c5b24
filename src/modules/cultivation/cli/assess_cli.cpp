#include "modules/cultivation/cli/assess_cli.hpp"

#include <boost/json.hpp>

#include <iostream>
#include <iterator>

#include "core/errors.hpp"
#include "modules/cultivation/domain/assessment_json.hpp"
#include "core/json_writer.hpp"

namespace kc::cultivation {
namespace {

constexpr std::size_t kMaxInputBytes = 4 * 1024 * 1024;
constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitInvalid = 2;

constexpr const char* kUsage =
    "用法: kechuang assess tech-sme|high-tech < input.json\n"
    "\n"
    "  tech-sme   科技型中小企业评价（国科发政〔2017〕115号；国科火字〔2022〕67号）\n"
    "  high-tech  高新技术企业认定预评（国科发火〔2016〕32号；国科发火〔2016〕195号）\n"
    "\n"
    "从标准输入读取 JSON（金额以万元计，十进制字符串，如 \"312.5\"；日期 YYYY-MM-DD），\n"
    "在标准输出打印评价结果 JSON。\n"
    "退出码: 0 已完成评价（无论结论如何）；2 输入不合法（标准错误输出 {\"error\":{...}}）；1 内部错误。\n";

std::string read_all(std::istream& in) {
  std::string text;
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxInputBytes) throw ApiError(Err::BodyTooLarge);
  }
  return text;
}

int assess(const std::string& kind, std::istream& in, std::ostream& out, std::ostream& err) {
  try {
    const boost::json::value body = parse_json_body(read_all(in));
    const boost::json::object result = kind == "tech-sme" ? assess_tech_sme_json(body) : assess_high_tech_json(body);
    out << to_json_text(result) << '\n';
    return kExitOk;
  } catch (const ApiError& e) {
    err << to_json_text(error_json(e), false) << '\n';
    return kExitInvalid;
  } catch (const std::exception& e) {
    // Unreachable with validated input (e.g. exact arithmetic overflow); never a crash.
    err << to_json_text(error_json(ApiError(Err::Internal)), false) << '\n';
    return kExitInternal;
  }
}

}  // namespace

int run_assess_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::vector<std::string> words = args;
  if (!words.empty() && words.front() == "assess") words.erase(words.begin());
  const bool wants_help = !words.empty() && (words.back() == "--help" || words.back() == "-h");
  if (wants_help && words.size() <= 2) {
    out << kUsage;
    return kExitOk;
  }
  if (words.size() != 1 || (words[0] != "tech-sme" && words[0] != "high-tech")) {
    err << kUsage;
    return kExitInvalid;
  }
  return assess(words[0], in, out, err);
}

}  // namespace kc::cultivation
