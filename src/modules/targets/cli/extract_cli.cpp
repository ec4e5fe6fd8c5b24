#include "modules/targets/cli/extract_cli.hpp"

#include "core/json_writer.hpp"

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/errors.hpp"
#include "modules/targets/extract/document_loader.hpp"

namespace kc::targets {
namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitInternal = 1;

constexpr const char* kUsage =
    "用法: kechuang extract-targets FILE\n"
    "  从政策文件（.txt UTF-8/GB18030、.docx、.pdf）中提取目标任务、责任单位和资金标准，\n"
    "  以 JSON 输出到标准输出：\n"
    "  {\"document\": {...}, \"targets\": [...], \"responsibilities\": [...], \"standards\": [...]}\n"
    "  每项的 text 为原文片段；start/end 为 Unicode 码点偏移，byte_start/byte_end 为 UTF-8 字节偏移。\n"
    "  出错时退出码为 2，并在标准错误输出 JSON 错误。\n";

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw kc::ApiError(kc::Err::FieldInvalid, "文件不存在或不是普通文件：" + path, "file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw kc::ApiError(kc::Err::FieldInvalid, "无法读取文件：" + path, "file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw kc::ApiError(kc::Err::FieldInvalid, "无法读取文件：" + path, "file");
  return buf.str();
}

void print_error(std::ostream& err, const kc::ApiError& e) {
  boost::json::object detail{{"code", std::string(e.info().code)}, {"message", e.message_zh()}};
  if (!e.field().empty()) detail["field"] = e.field();
  err << boost::json::serialize(boost::json::object{{"error", detail}}) << '\n';
}

std::vector<std::string> operands(const std::vector<std::string>& args) {
  std::vector<std::string> rest(args.begin(), args.end());
  if (!rest.empty() && rest.front() == "extract-targets") rest.erase(rest.begin());
  return rest;
}

}  // namespace

int run_extract_targets_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto rest = operands(args);
  if (rest.size() == 1 && (rest[0] == "--help" || rest[0] == "-h")) {
    out << kUsage;
    return 0;
  }
  try {
    if (rest.empty()) throw kc::ApiError(kc::Err::FieldMissing, "请指定要读取的文件", "file");
    if (rest.size() > 1) throw kc::ApiError(kc::Err::BadRequest, "只能指定一个文件");
    if (rest[0].starts_with("-")) throw kc::ApiError(kc::Err::FieldUnknown, rest[0], rest[0]);
    std::string bytes = read_file(rest[0]);
    out << kc::to_json_text(extract_document_json(bytes, rest[0]), false) << '\n';
    return 0;
  } catch (const kc::ApiError& e) {
    print_error(err, e);
    return kExitBadInput;
  } catch (const std::exception& e) {
    print_error(err, kc::ApiError(kc::Err::Internal));
    return kExitInternal;
  }
}

}  // namespace kc::targets
