// The parts read, all found through the package's relationships rather than fixed names:
//   xl/workbook.xml (+ xl/_rels/workbook.xml.rels)  the first <sheet> and its part; workbookPr@date1904
//   xl/sharedStrings.xml                             <si> strings, rich-text runs concatenated, phonetic
//                                                    guides (<rPh>) left out
//   the sheet part                                   <row r>, <c r t>: s (shared), str (formula result),
//                                                    inlineStr (<is>), b (boolean), n (number, the default), e
#include "tabular/xlsx_reader.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "tabular/xml_sax.hpp"
#include "tabular/zip_archive.hpp"

namespace kc::tabular {

int column_index(std::string_view ref) {
  int index = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    index = index * 26 + (ref[i] - 'A' + 1);
    if (index > 16384) return -1;  // Excel's last column is XFD
  }
  return i == 0 ? -1 : index - 1;
}

std::string column_letters(int index) {
  std::string s;
  for (int n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
  return s;
}

namespace {

[[noreturn]] void fail(const std::string& why) {
  throw ApiError(Err::FieldInvalid, "无法读取 Excel 文件：" + why, "file");
}

struct WorkbookHandler : XmlHandler {
  std::string first_sheet_rel;
  bool date1904 = false;
  void start(std::string_view name, const char** attrs) override {
    if (name == "sheet" && first_sheet_rel.empty()) first_sheet_rel = attribute(attrs, "id");
    if (name == "workbookPr") {
      auto v = attribute(attrs, "date1904");
      date1904 = v == "1" || v == "true";
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct RelsHandler : XmlHandler {
  std::map<std::string, std::string> targets;
  std::string shared_strings;
  void start(std::string_view name, const char** attrs) override {
    if (name != "Relationship") return;
    targets[std::string(attribute(attrs, "Id"))] = attribute(attrs, "Target");
    if (attribute(attrs, "Type").ends_with("/sharedStrings")) shared_strings = attribute(attrs, "Target");
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// Text of <t> elements within the current string item, except phonetic runs.
struct StringCollector {
  std::string value;
  int in_t = 0, in_phonetic = 0;
  void start(std::string_view name) {
    if (name == "t") ++in_t;
    else if (name == "rPh") ++in_phonetic;
  }
  void end(std::string_view name) {
    if (name == "t" && in_t > 0) --in_t;
    else if (name == "rPh" && in_phonetic > 0) --in_phonetic;
  }
  void text(std::string_view s) {
    if (in_t > 0 && in_phonetic == 0) value.append(s);
  }
};

struct SharedStringsHandler : XmlHandler {
  std::vector<std::string> strings;
  std::optional<StringCollector> item;
  void start(std::string_view name, const char**) override {
    if (name == "si") item.emplace();
    else if (item) item->start(name);
  }
  void end(std::string_view name) override {
    if (name == "si" && item) {
      strings.push_back(std::move(item->value));
      item.reset();
    } else if (item) {
      item->end(name);
    }
  }
  void text(std::string_view s) override {
    if (item) item->text(s);
  }
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const std::vector<std::string>& shared, const Limits& limits) : shared_(shared), limits_(limits) {}
  Sheet sheet;

  void start(std::string_view name, const char** attrs) override {
    if (name == "row") return start_row(attrs);
    if (name == "c") return start_cell(attrs);
    if (!in_cell_) return;
    if (name == "v") in_value_ = true;
    else if (name == "is") inline_.emplace();
    else if (inline_) inline_->start(name);
  }

  void end(std::string_view name) override {
    if (name == "row") return end_row();
    if (name == "c") return end_cell();
    if (name == "v") in_value_ = false;
    else if (name == "is" && inline_) value_ = std::move(inline_->value), inline_.reset();
    else if (inline_) inline_->end(name);
  }

  void text(std::string_view s) override {
    if (in_value_) value_.append(s);
    else if (inline_) inline_->text(s);
  }

 private:
  void start_row(const char** attrs) {
    auto r = attribute(attrs, "r");
    std::int64_t number = row_.line + 1;
    if (!r.empty() && (std::from_chars(r.data(), r.data() + r.size(), number).ec != std::errc() || number < 1))
      fail("行号无效");
    row_.line = number;
    row_.cells.clear();
    next_column_ = 0;
  }

  void end_row() {
    bool blank = std::all_of(row_.cells.begin(), row_.cells.end(), [](const Cell& c) { return c.text.empty(); });
    if (blank) return;
    if (sheet.rows.size() > limits_.max_rows)  // the header row is not counted
      fail("数据超过 " + std::to_string(limits_.max_rows) + " 行");
    sheet.rows.push_back(row_);
  }

  void start_cell(const char** attrs) {
    in_cell_ = true;
    value_.clear();
    type_ = attribute(attrs, "t");
    int col = column_index(attribute(attrs, "r"));
    column_ = col >= 0 ? col : next_column_;  // the r attribute is optional: then cells follow one another
    next_column_ = column_ + 1;
  }

  void end_cell() {
    in_cell_ = false;
    Cell cell = decode();
    if (http::utf8_length(cell.text) > limits_.max_cell_chars)
      fail(column_letters(column_) + std::to_string(row_.line) + " 单元格超过 " +
           std::to_string(limits_.max_cell_chars) + " 个字符");
    if (row_.cells.size() <= static_cast<std::size_t>(column_)) row_.cells.resize(column_ + 1);
    row_.cells[column_] = std::move(cell);
  }

  Cell decode() const {
    if (type_ == "s") {
      std::size_t index = 0;
      if (std::from_chars(value_.data(), value_.data() + value_.size(), index).ec != std::errc() ||
          index >= shared_.size())
        fail("共享字符串编号无效");
      return {shared_[index], false};
    }
    if (type_ == "b") return {value_ == "1" ? "TRUE" : "FALSE", false};
    if (type_ == "str" || type_ == "inlineStr" || type_ == "e") return {value_, false};
    return {value_, !value_.empty()};  // "n" or no type: a number
  }

  const std::vector<std::string>& shared_;
  const Limits& limits_;
  SheetRow row_;
  int next_column_ = 0, column_ = 0;
  bool in_cell_ = false, in_value_ = false;
  std::string type_, value_;
  std::optional<StringCollector> inline_;
};

// "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml".
std::string part_path(const std::string& target) {
  return target.starts_with("/") ? target.substr(1) : "xl/" + target;
}

template <class Handler>
void parse_part(const ZipArchive& zip, const std::string& part, Handler& h, bool required) {
  auto xml = zip.entry(part);
  if (!xml) {
    if (required) fail("缺少 " + part);
    return;
  }
  parse_xml(*xml, h, part);
}

}  // namespace

Sheet read_xlsx(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes) throw ApiError(Err::FileTooLarge, "文件超过 " + std::to_string(limits.max_bytes >> 20) + " MB", "file");
  try {
    ZipArchive zip(bytes);
    WorkbookHandler workbook;
    parse_part(zip, "xl/workbook.xml", workbook, true);
    RelsHandler rels;
    parse_part(zip, "xl/_rels/workbook.xml.rels", rels, true);
    auto target = rels.targets.find(workbook.first_sheet_rel);
    if (workbook.first_sheet_rel.empty() || target == rels.targets.end()) fail("找不到第一个工作表");
    SharedStringsHandler shared;
    if (!rels.shared_strings.empty()) parse_part(zip, part_path(rels.shared_strings), shared, true);
    SheetHandler sheet(shared.strings, limits);
    parse_part(zip, part_path(target->second), sheet, true);
    sheet.sheet.date1904 = workbook.date1904;
    return std::move(sheet.sheet);
  } catch (const ZipError& e) {
    fail(e.what());
  }
}

}  // namespace kc::tabular
