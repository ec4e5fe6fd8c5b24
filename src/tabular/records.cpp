#include "tabular/records.hpp"

#include <boost/json/parse.hpp>

#include <cctype>
#include <charconv>
#include <map>

#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "tabular/csv_reader.hpp"
#include "tabular/excel_date.hpp"
#include "tabular/xlsx_reader.hpp"

namespace kc::tabular {

namespace json = boost::json;

const char* format_name(Format f) { return f == Format::Xlsx ? "xlsx" : f == Format::Csv ? "csv" : "jsonl"; }

namespace {

std::string lower_extension(std::string_view filename) {
  auto dot = filename.rfind('.');
  std::string ext(dot == std::string_view::npos ? "" : filename.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  auto b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

// Full-width space and the required-column marks the template shows ("单位名称*", "单位名称（必填）").
std::string header_core(std::string_view header) {
  std::string h(trim(header));
  for (std::string_view mark : {"（必填）", "(必填)", "*", "＊"})
    if (h.size() >= mark.size() && h.ends_with(mark)) h = std::string(trim(h.substr(0, h.size() - mark.size())));
  return h;
}

// An exact decimal scaled by 10^scale: "1,234.56" with scale 2 → 123456; "1.5E3" → 150000.
std::optional<std::int64_t> parse_scaled(std::string_view raw, int scale) {
  std::string s;
  for (char c : trim(raw))
    if (c != ',') s.push_back(c);
  bool negative = !s.empty() && s[0] == '-';
  std::size_t i = negative ? 1 : 0;
  std::string digits;
  int fraction_digits = 0;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) digits.push_back(s[i]);
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i, ++fraction_digits)
      digits.push_back(s[i]);
  int exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    auto [end, ec] = std::from_chars(s.data() + i + 1 + (s[i + 1] == '+'), s.data() + s.size(), exponent);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    i = s.size();
  }
  if (digits.empty() || i != s.size()) return std::nullopt;
  int shift = exponent - fraction_digits + scale;
  if (shift < 0) {  // digits beyond the scale must be zeros
    if (static_cast<std::size_t>(-shift) > digits.size()) return std::nullopt;
    for (std::size_t k = digits.size() + shift; k < digits.size(); ++k)
      if (digits[k] != '0') return std::nullopt;
    digits.resize(digits.size() + shift);
    if (digits.empty()) digits = "0";
  } else {
    if (shift > 18) return std::nullopt;
    digits.append(static_cast<std::size_t>(shift), '0');
  }
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc()) return std::nullopt;
  return negative ? -value : value;
}

// "2026/3/1" → "2026-03-01"; anything else unchanged for the validator to judge.
std::string normalise_date_text(std::string_view text) {
  int y = 0, m = 0, d = 0;
  std::string s(text);
  if (std::sscanf(s.c_str(), "%4d/%2d/%2d", &y, &m, &d) == 3 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    if (s.size() <= 10) return buf;
  }
  return s;
}

// The cell as the validator's JSON value; nullopt (with `why`) when it cannot be one.
std::optional<json::value> convert(const Cell& cell, const FieldSpec& f, bool date1904, std::string& why) {
  std::string_view text = trim(cell.text);
  switch (f.kind) {
    case FieldKind::Text:
      return json::value(json::string(text));
    case FieldKind::Integer:
      if (auto v = parse_scaled(text, 0)) return json::value(*v);
      why = "应为整数";
      return std::nullopt;
    case FieldKind::Yuan:
      if (auto v = yuan_to_fen(text)) return json::value(*v);
      why = "应为金额（元），最多两位小数";
      return std::nullopt;
    case FieldKind::Date:
      if (!cell.numeric) return json::value(json::string(normalise_date_text(text)));
      if (auto iso = excel_serial_to_iso_date(text, date1904)) return json::value(json::string(*iso));
      why = "不是有效的日期";
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<const FieldSpec*> header_fields(const SheetRow& header, const std::vector<FieldSpec>& fields) {
  std::vector<const FieldSpec*> columns;
  std::map<std::string, std::string> seen;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    const std::string& text = header.cells[i].text;
    if (trim(text).empty()) {
      columns.push_back(nullptr);  // an unnamed column: its cells must stay blank
      continue;
    }
    const FieldSpec* f = field_for_header(text, fields);
    std::string column = column_letters(static_cast<int>(i));
    if (!f) throw ApiError(Err::FieldInvalid, "第" + std::to_string(header.line) + "行" + column + "列的列名“" + text + "”不是模板中的列", "file");
    if (seen.count(f->key)) throw ApiError(Err::FieldInvalid, "列“" + f->label + "”出现了两次（" + seen[f->key] + "列和" + column + "列）", "file");
    seen[f->key] = column;
    columns.push_back(f);
  }
  return columns;
}

}  // namespace

std::optional<std::int64_t> yuan_to_fen(std::string_view text) { return parse_scaled(text, 2); }

const FieldSpec* field_for_header(std::string_view header, const std::vector<FieldSpec>& fields) {
  std::string core = header_core(header);
  for (const auto& f : fields)
    if (core == f.label || core == f.key) return &f;
  return nullptr;
}

Format detect_format(std::string_view filename, std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04")) return Format::Xlsx;
  if (bytes.starts_with("\xD0\xCF\x11\xE0"))
    throw ApiError(Err::FileTypeNotAllowed, "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV", "file");
  std::string ext = lower_extension(filename);
  if (ext == "xlsx") throw ApiError(Err::FieldInvalid, "无法读取 Excel 文件：压缩包无效", "file");
  if (ext == "jsonl" || ext == "ndjson") return Format::JsonLines;
  if (ext == "csv" || ext == "txt") return Format::Csv;
  auto first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && bytes[first] == '{' ? Format::JsonLines : Format::Csv;
}

ParsedFile records_from_sheet(const Sheet& sheet, const std::vector<FieldSpec>& fields) {
  if (sheet.rows.empty()) throw ApiError(Err::FieldInvalid, "文件中没有表头行", "file");
  auto columns = header_fields(sheet.rows.front(), fields);
  ParsedFile out;
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const SheetRow& row = sheet.rows[r];
    Record rec{row.line, {}};
    bool ok = true;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      if (trim(row.cells[i].text).empty()) continue;
      const FieldSpec* f = i < columns.size() ? columns[i] : nullptr;
      if (!f) {
        out.errors.push_back({row.line, "", "FIELD_UNKNOWN", column_letters(static_cast<int>(i)) + "列没有列名，却填了内容"});
        ok = false;
        continue;
      }
      std::string why;
      if (auto v = convert(row.cells[i], *f, sheet.date1904, why)) {
        rec.fields[f->key] = std::move(*v);
      } else {
        out.errors.push_back({row.line, f->key, "FIELD_INVALID", f->label + why});
        ok = false;
      }
    }
    if (ok) out.records.push_back(std::move(rec));
  }
  return out;
}

ParsedFile read_json_lines(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes)
    throw ApiError(Err::FileTooLarge, "文件超过 " + std::to_string(limits.max_bytes >> 20) + " MB", "file");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!http::is_valid_utf8(bytes)) throw ApiError(Err::FieldInvalid, "JSON Lines 文件必须是 UTF-8 编码", "file");
  ParsedFile out;
  std::int64_t line = 0;
  std::size_t rows = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    std::size_t nl = bytes.find('\n', pos);
    std::string_view text = trim(bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    ++line;
    if (text.empty()) continue;
    if (++rows > limits.max_rows)
      throw ApiError(Err::FieldInvalid, "数据超过 " + std::to_string(limits.max_rows) + " 行", "file");
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec) out.errors.push_back({line, "", "JSON_INVALID", "这一行不是合法的 JSON"});
    else if (!v.is_object()) out.errors.push_back({line, "", "JSON_NOT_OBJECT", "这一行应为一个 JSON 对象"});
    else out.records.push_back({line, std::move(v.as_object())});
  }
  return out;
}

ParsedFile read_records(std::string_view bytes, Format format, const std::vector<FieldSpec>& fields,
                        const Limits& limits) {
  switch (format) {
    case Format::Xlsx: return records_from_sheet(read_xlsx(bytes, limits), fields);
    case Format::Csv: return records_from_sheet(read_csv(bytes, limits), fields);
    case Format::JsonLines: return read_json_lines(bytes, limits);
  }
  throw ApiError(Err::Internal);
}

}  // namespace kc::tabular
