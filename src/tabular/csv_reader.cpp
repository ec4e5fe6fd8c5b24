#include "tabular/csv_reader.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "tabular/text_encoding.hpp"
#include "tabular/xlsx_reader.hpp"

namespace kc::tabular {
namespace {

[[noreturn]] void fail(std::int64_t line, const std::string& why) {
  throw ApiError(Err::FieldInvalid, "CSV 第" + std::to_string(line) + "行：" + why, "file");
}

class CsvParser {
 public:
  CsvParser(const std::string& text, const Limits& limits) : text_(text), limits_(limits) {}

  Sheet parse() {
    while (pos_ < text_.size()) read_record();
    return std::move(sheet_);
  }

 private:
  void read_record() {
    SheetRow row;
    row.line = line_;
    while (true) {
      row.cells.push_back({read_field(row.line, row.cells.size()), false});
      if (pos_ >= text_.size()) break;
      char c = text_[pos_++];
      if (c == ',') continue;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      ++line_;
      break;  // end of record
    }
    bool blank = std::all_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.text.empty(); });
    if (blank) return;
    if (sheet_.rows.size() > limits_.max_rows) fail(row.line, "数据超过 " + std::to_string(limits_.max_rows) + " 行");
    sheet_.rows.push_back(std::move(row));
  }

  // Leaves pos_ on the delimiter (or line break) after the field.
  std::string read_field(std::int64_t record_line, std::size_t column) {
    std::string value;
    if (pos_ < text_.size() && text_[pos_] == '"') value = read_quoted(record_line);
    else value = read_plain();
    if (http::utf8_length(value) > limits_.max_cell_chars)
      fail(record_line, column_letters(static_cast<int>(column)) + " 列超过 " +
                            std::to_string(limits_.max_cell_chars) + " 个字符");
    return value;
  }

  std::string read_plain() {
    std::size_t end = text_.find_first_of(",\r\n\"", pos_);
    if (end == std::string::npos) end = text_.size();
    if (end < text_.size() && text_[end] == '"') fail(line_, "未加引号的字段中含有引号");
    std::string value = text_.substr(pos_, end - pos_);
    pos_ = end;
    return value;
  }

  std::string read_quoted(std::int64_t record_line) {
    std::string value;
    ++pos_;  // opening quote
    while (true) {
      if (pos_ >= text_.size()) fail(record_line, "引号没有闭合");
      char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          value.push_back('"');
          ++pos_;
          continue;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n')
          fail(line_, "引号后应为逗号或换行");
        return value;
      }
      if (c == '\n') ++line_;
      value.push_back(c);
    }
  }

  const std::string& text_;
  const Limits& limits_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  Sheet sheet_;
};

}  // namespace

Sheet read_csv(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes)
    throw ApiError(Err::FileTooLarge, "文件超过 " + std::to_string(limits.max_bytes >> 20) + " MB", "file");
  std::string text = to_utf8_text(bytes);
  return CsvParser(text, limits).parse();
}

}  // namespace kc::tabular
