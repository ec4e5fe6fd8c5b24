#pragma once
// How one list item (a JSON object from a list endpoint's `items`) becomes one spreadsheet row.
// Pure functions, no HTTP and no module knowledge, so that every list's export shares one formatting.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace kc::api {

enum class CellFormat {
  Text,   // strings as they are, numbers in decimal, arrays of scalars joined with "、"
  Money,  // an integer amount in 分 shown in 元 with two decimals, exactly ("123456" → "1234.56")
  Time,   // an ISO time or epoch ms shown as Beijing time "YYYY-MM-DD HH:MM"
  Bool,   // 是 / 否
};

struct ExportColumn {
  std::string header;  // Chinese column title
  std::string path;    // dot path into the item, e.g. "seller.name"; through a list: "hightech_fields.name"
  CellFormat format = CellFormat::Text;
};

// The value at a dot path; null when any step is missing. A step into a list takes the rest of the path in
// each element and gives the list of what it finds.
boost::json::value value_at(const boost::json::object& item, const std::string& path);

// The text of one cell; "" for null or missing values.
std::string format_cell(const boost::json::value& v, CellFormat format);

std::vector<std::string> export_headers(const std::vector<ExportColumn>& columns);
std::vector<std::string> export_row(const boost::json::object& item, const std::vector<ExportColumn>& columns);

// Beijing (UTC+8, no daylight saving) wall-clock texts of an instant.
std::string beijing_minute_text(std::int64_t epoch_ms);  // "2026-11-22 16:00"
std::string beijing_day_compact(std::int64_t epoch_ms);  // "20261122"

}  // namespace kc::api
