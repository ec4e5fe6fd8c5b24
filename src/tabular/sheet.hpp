#pragma once
// What the readers produce: rows of cells with the line (CSV, JSON Lines) or row number (.xlsx) the user sees
// in their editor, and the per-row report of what is wrong with them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kc::tabular {

struct Cell {
  std::string text;      // UTF-8; numbers as stored (e.g. "45292" or "12.5")
  bool numeric = false;  // an .xlsx number cell (a date column holds a serial day number)
};

struct SheetRow {
  std::int64_t line = 0;    // 1-based: the CSV line where the record starts, the .xlsx row number
  std::vector<Cell> cells;  // by column; blank cells are empty
};

// A sheet's rows in file order; entirely blank rows are left out.
struct Sheet {
  std::vector<SheetRow> rows;
  bool date1904 = false;  // .xlsx workbooks saved with the 1904 date system (old Mac Excel)
};

// One problem with one row: {line, field, code, message}. `field` is the field key ("" for the whole row),
// `code` a stable code of the error catalogue (e.g. FIELD_INVALID), `message` Chinese.
struct RowError {
  std::int64_t line = 0;
  std::string field;
  std::string code;
  std::string message;
};

// Limits an upload must respect; exceeding one is an error for the whole file.
struct Limits {
  std::size_t max_bytes = 10u << 20;
  std::size_t max_rows = 5000;        // data rows, the header not counted
  std::size_t max_cell_chars = 5000;  // characters, not bytes
};

}  // namespace kc::tabular
