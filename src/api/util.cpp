#include "api/util.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/errors.hpp"

namespace kc::api {

std::string iso_time(EpochMs ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

boost::json::value iso_time_or_null(std::optional<EpochMs> ms) {
  if (!ms) return nullptr;
  return boost::json::string(iso_time(*ms));
}

EpochMs parse_time(const std::string& text, const std::string& field) {
  int y, mo, d, h = 0, mi = 0, s = 0;
  char tail = 0;
  bool ok = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &tail) >= 6 ||
            (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) == 3);
  if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
    throw ApiError(Err::FieldInvalid, field + " 应为日期，如 2026-01-31", field);
  using namespace std::chrono;
  auto ymd = year_month_day{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) throw ApiError(Err::FieldInvalid, field + " 不是有效日期", field);
  auto tp = sys_days{ymd} + hours{h} + minutes{mi} + seconds{s};
  return duration_cast<milliseconds>(tp.time_since_epoch()).count();
}

std::optional<std::int64_t> query_int(const http::Request& req, const std::string& key) {
  std::string v = req.query(key);
  if (v.empty()) return std::nullopt;
  if (v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos)
    throw ApiError(Err::FieldInvalid, key + " 应为正整数", key);
  return std::stoll(v);
}

Page page_of(const http::Request& req) {
  Page p;
  if (auto v = query_int(req, "page")) p.page = *v;
  if (auto v = query_int(req, "page_size")) p.size = *v;
  if (p.page < 1) throw ApiError(Err::FieldInvalid, "page 从1开始", "page");
  if (p.size < 1 || p.size > 200) throw ApiError(Err::FieldInvalid, "page_size 应在1到200之间", "page_size");
  return p;
}

http::Response list_response(boost::json::array items, std::int64_t total, const Page& p) {
  return http::Response::json(boost::json::object{
      {"items", std::move(items)}, {"total", total}, {"page", p.page}, {"page_size", p.size}});
}

}  // namespace kc::api
