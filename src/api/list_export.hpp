#pragma once
// One export mechanism for every paged list: GET <list>/export?<the list's own filters> answers an .xlsx
// built by calling the list's own handler page by page with the caller's own context. Filters, data scope,
// ordering and validation errors are therefore exactly the list's, with no second copy of any query.
//
// It lives in src/api, not src/export, because it is a dispatcher feature (it re-enters a route handler with
// a rewritten request and the same caller); src/export stays a plain spreadsheet writer. It knows nothing of
// the modules: each module registers its lists with one line naming the columns.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "api/api.hpp"
#include "api/export_columns.hpp"

namespace kc::api {

// Rows per request to the list handler: page_of()'s maximum page_size (src/api/util.cpp).
inline constexpr std::int64_t kExportPageSize = 200;
// Beyond this many rows an export is refused: the user narrows the filters instead.
inline constexpr std::int64_t kExportMaxRows = 100000;

struct ListExport {
  std::string title;  // sheet name and file name stem, e.g. "机构名录"
  std::vector<ExportColumn> columns;
};

// Answers one page of the list for a request carrying page/page_size.
using PageFetcher = std::function<http::Response(http::Request&)>;

// Calls `fetch` for page 1, 2, … of `original` (its filters kept, page and page_size replaced) and hands each
// item to `on_item`. A response without "total" is a list that is not paged: its items are all there is.
// Throws the list's own errors; throws BadRequest naming the limit when the rows exceed `max_rows`.
void for_each_list_item(const http::Request& original, const PageFetcher& fetch,
                        const std::function<void(const boost::json::object&)>& on_item,
                        std::int64_t max_rows = kExportMaxRows, std::int64_t page_size = kExportPageSize);

// `query_string` without its page and page_size pairs.
std::string query_without_paging(const std::string& query_string);

// Content-Disposition for `<title>-<YYYYMMDD>.xlsx` (Beijing date), with an RFC 5987 filename* for the
// Chinese title and an ASCII fallback for old clients.
std::string export_disposition(const std::string& title, std::int64_t now_ms);

// Registers GET `list_path`/export as `list_action`.export, guarded exactly like the list route: same access
// level and the same permission (the list's explicit one, else the list's action name).
void add_list_export(Api& api, const std::string& list_path, const std::string& list_action, Handler list_handler,
                     const RouteOptions& list_options, ListExport spec);

}  // namespace kc::api
