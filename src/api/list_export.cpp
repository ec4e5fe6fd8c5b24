#include "api/list_export.hpp"

#include <boost/json/parse.hpp>


#include "http/download.hpp"
#include "core/errors.hpp"
#include "export/xlsx.hpp"

namespace kc::api {

namespace json = boost::json;

namespace {


bool is_paging_pair(const std::string& pair) {
  auto key = pair.substr(0, pair.find('='));
  return key == "page" || key == "page_size";
}

http::Request page_request(const http::Request& original, const std::string& filters, std::int64_t page,
                           std::int64_t size) {
  http::Request r = original;
  r.query_string = filters + (filters.empty() ? "" : "&") + "page=" + std::to_string(page) +
                   "&page_size=" + std::to_string(size);
  r.target = r.path + "?" + r.query_string;
  return r;
}

json::object page_body(const http::Response& res) {
  json::value v = json::parse(res.body);
  if (res.status != 200 || !v.is_object() || !v.as_object().contains("items"))
    throw std::runtime_error("list export: the list answered " + std::to_string(res.status) + " without items");
  return std::move(v.as_object());
}

[[noreturn]] void too_many_rows(std::int64_t rows, std::int64_t max_rows) {
  throw ApiError(Err::BadRequest,
                 "导出最多 " + std::to_string(max_rows) + " 行，当前筛选结果为 " + std::to_string(rows) +
                     " 行，请缩小筛选范围后再导出");
}

}  // namespace

std::string query_without_paging(const std::string& query_string) {
  std::string kept;
  std::size_t start = 0;
  while (start <= query_string.size()) {
    auto end = query_string.find('&', start);
    if (end == std::string::npos) end = query_string.size();
    std::string pair = query_string.substr(start, end - start);
    if (!pair.empty() && !is_paging_pair(pair)) kept += (kept.empty() ? "" : "&") + pair;
    start = end + 1;
  }
  return kept;
}

void for_each_list_item(const http::Request& original, const PageFetcher& fetch,
                        const std::function<void(const json::object&)>& on_item, std::int64_t max_rows,
                        std::int64_t page_size) {
  const std::string filters = query_without_paging(original.query_string);
  std::int64_t seen = 0;
  for (std::int64_t page = 1;; ++page) {
    http::Request req = page_request(original, filters, page, page_size);
    json::object body = page_body(fetch(req));
    const json::array& items = body.at("items").as_array();
    const json::value* total = body.if_contains("total");
    std::int64_t expected = total && total->is_int64() ? total->as_int64() : seen + std::int64_t(items.size());
    if (expected > max_rows) too_many_rows(expected, max_rows);
    for (const auto& item : items) {
      if (item.is_object()) on_item(item.as_object());
    }
    seen += static_cast<std::int64_t>(items.size());
    // Unpaged lists answer once; paged ones end at a short page or when the total is reached.
    if (!total || std::int64_t(items.size()) < page_size || seen >= expected) return;
  }
}

std::string export_disposition(const std::string& title, std::int64_t now_ms) {
  std::string day = beijing_day_compact(now_ms);
  return http::attachment_disposition(title + "-" + day + ".xlsx", "export-" + day + ".xlsx");
}

void add_list_export(Api& api, const std::string& list_path, const std::string& list_action, Handler list_handler,
                     const RouteOptions& list_options, ListExport spec) {
  RouteOptions options = list_options;
  if (!options.permission) options.permission = list_action;
  auto handler = [list = std::move(list_handler), spec = std::move(spec)](Ctx& ctx) {
    PageFetcher fetch = [&](http::Request& page_req) {
      Ctx page_ctx{page_req, ctx.params, ctx.svc, ctx.user, {}};
      return list(page_ctx);
    };
    http::Response r;
    r.body = xlsx::build(
        spec.title, export_headers(spec.columns),
        [&](xlsx::Writer& w) {
          for_each_list_item(ctx.req, fetch, [&](const json::object& item) { w.row(export_row(item, spec.columns)); });
        },
        ctx.svc.data_dir + "/tmp");
    r.content_type = http::kXlsxContentType;
    r.set_header("Content-Disposition", export_disposition(spec.title, ctx.now_ms()));
    return r;
  };
  api.get(list_path + "/export", list_action + ".export", std::move(handler), options);
}

}  // namespace kc::api
