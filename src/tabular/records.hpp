#pragma once
// From an uploaded file to records a row validator reads: one JSON object per data row, keyed by field, with
// the row's line. Spreadsheets (.xlsx, CSV) name their columns in a header row — the template's Chinese label
// or the field key — and their cells are converted by the field's kind; JSON Lines rows are already objects.
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabular/sheet.hpp"

namespace kc::tabular {

enum class FieldKind {
  Text,     // a JSON string
  Integer,  // a JSON integer
  Yuan,     // an amount in 元 with at most two decimals, given to the validator as integer 分
  Date,     // "YYYY-MM-DD"; in .xlsx also a date cell (a serial day number)
};

struct FieldSpec {
  std::string key;    // the validator's field name, also accepted as a column header
  std::string label;  // the template's column header, e.g. "统一社会信用代码"
  FieldKind kind = FieldKind::Text;
  bool required = false;
  std::string note;     // shown in the template's notes sheet
  std::string example;  // the template's example row
};

struct Record {
  std::int64_t line = 0;
  boost::json::object fields;  // blank cells are absent
};

struct ParsedFile {
  std::vector<Record> records;
  std::vector<RowError> errors;  // rows that could not become records (bad JSON, a bad number or date)
};

enum class Format { Xlsx, Csv, JsonLines };
const char* format_name(Format f);  // "xlsx" | "csv" | "jsonl"

// By content first (an .xlsx is a ZIP archive), then by the file name's extension; a first non-blank '{' is
// JSON Lines, anything else CSV. An old binary .xls is refused with advice.
Format detect_format(std::string_view filename, std::string_view bytes);

// Throws ApiError(…, "file") for what makes the whole file unusable: damaged, over the limits, a header that
// names no field or names one twice, no header row.
ParsedFile read_records(std::string_view bytes, Format format, const std::vector<FieldSpec>& fields,
                        const Limits& limits);

// The parts of read_records, for tests.
ParsedFile records_from_sheet(const Sheet& sheet, const std::vector<FieldSpec>& fields);
ParsedFile read_json_lines(std::string_view bytes, const Limits& limits);

// Exact amount in 元 ("1,234.5", "1.5E3" as Excel stores numbers) → 分; nullopt when not such a number.
std::optional<std::int64_t> yuan_to_fen(std::string_view text);

// The field a header cell names ("统一社会信用代码", "credit_code", "单位名称*"); nullptr when none.
const FieldSpec* field_for_header(std::string_view header, const std::vector<FieldSpec>& fields);

}  // namespace kc::tabular
