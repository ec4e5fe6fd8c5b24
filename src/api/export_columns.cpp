#include "api/export_columns.hpp"

#include <boost/json/serialize.hpp>

#include <cstdio>
#include <ctime>
#include <string_view>

#include "api/util.hpp"

namespace kc::api {

namespace json = boost::json;

namespace {

constexpr std::int64_t kBeijingOffsetMs = 8LL * 3600 * 1000;  // China Standard Time has no daylight saving

std::tm beijing_tm(std::int64_t epoch_ms) {
  // Floor division so that instants before 1970 still land on the right day.
  std::int64_t ms = epoch_ms + kBeijingOffsetMs;
  std::time_t secs = static_cast<std::time_t>(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  return tm;
}

std::string strftime_text(const std::tm& tm, const char* pattern) {
  char buf[32];
  std::strftime(buf, sizeof buf, pattern, &tm);
  return buf;
}

std::string integer_text(const json::value& v) {
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_uint64()) return std::to_string(v.as_uint64());
  return json::serialize(v);
}

std::string text_cell(const json::value& v) {
  switch (v.kind()) {
    case json::kind::string: return std::string(v.as_string());
    case json::kind::bool_: return v.as_bool() ? "是" : "否";
    case json::kind::int64:
    case json::kind::uint64: return integer_text(v);
    case json::kind::array: {
      std::string joined;
      for (const auto& e : v.as_array()) {
        if (e.is_null()) continue;
        if (!joined.empty()) joined += "、";
        joined += text_cell(e);
      }
      return joined;
    }
    default: return json::serialize(v);  // doubles and objects: their JSON text, never a rounded guess
  }
}

// 分 → 元 with integer arithmetic only: a threshold amount must read exactly as stored.
std::string money_cell(const json::value& v) {
  if (!v.is_int64() && !v.is_uint64()) return text_cell(v);
  std::int64_t fen = v.is_int64() ? v.as_int64() : static_cast<std::int64_t>(v.as_uint64());
  std::string sign = fen < 0 ? "-" : "";
  std::uint64_t magnitude = fen < 0 ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  char cents[4];
  std::snprintf(cents, sizeof cents, "%02u", static_cast<unsigned>(magnitude % 100));
  return sign + std::to_string(magnitude / 100) + "." + cents;
}

std::string time_cell(const json::value& v) {
  if (v.is_int64()) return beijing_minute_text(v.as_int64());
  if (!v.is_string()) return text_cell(v);
  std::string text(v.as_string());
  try {
    return beijing_minute_text(parse_time(text, "time"));
  } catch (const std::exception&) {
    return text;  // not a time after all: show what the list shows
  }
}

}  // namespace

json::value value_at(const json::value& value, std::string_view path) {
  if (path.empty()) return value;
  if (value.is_array()) {  // a path through a list: the path's value in each element, e.g. fields.name
    json::array out;
    for (const auto& element : value.as_array())
      if (auto v = value_at(element, path); !v.is_null()) out.push_back(std::move(v));
    return out;
  }
  if (!value.is_object()) return nullptr;
  auto dot = path.find('.');
  const auto* next = value.as_object().if_contains(path.substr(0, dot));
  if (!next) return nullptr;
  return value_at(*next, dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1));
}

json::value value_at(const json::object& item, const std::string& path) { return value_at(json::value(item), path); }

std::string format_cell(const json::value& v, CellFormat format) {
  if (v.is_null()) return "";
  switch (format) {
    case CellFormat::Money: return money_cell(v);
    case CellFormat::Time: return time_cell(v);
    case CellFormat::Bool: return v.is_bool() ? (v.as_bool() ? "是" : "否") : text_cell(v);
    case CellFormat::Text: break;
  }
  return text_cell(v);
}

std::vector<std::string> export_headers(const std::vector<ExportColumn>& columns) {
  std::vector<std::string> headers;
  for (const auto& c : columns) headers.push_back(c.header);
  return headers;
}

std::vector<std::string> export_row(const json::object& item, const std::vector<ExportColumn>& columns) {
  std::vector<std::string> cells;
  for (const auto& c : columns) cells.push_back(format_cell(value_at(item, c.path), c.format));
  return cells;
}

std::string beijing_minute_text(std::int64_t epoch_ms) { return strftime_text(beijing_tm(epoch_ms), "%Y-%m-%d %H:%M"); }

std::string beijing_day_compact(std::int64_t epoch_ms) { return strftime_text(beijing_tm(epoch_ms), "%Y%m%d"); }

}  // namespace kc::api
