// The public search of the technology market: ranked, filtered, paged results of any target (demands,
// achievements, experts, agencies) with title and body snippet highlighted, and suggestions as the user types.
#include "modules/market/search_routes.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/listing_repository.hpp"
#include "modules/market/listings.hpp"
#include "modules/market/market_search.hpp"
#include "modules/market/matching.hpp"
#include "modules/market/profile_repository.hpp"
#include "modules/market/profiles.hpp"
#include "modules/market/suggest.hpp"
#include "search/highlight.hpp"

namespace kc::market {
namespace {

namespace json = boost::json;
using http::Response;

constexpr std::int64_t kMaxOffset = kMaxCountedMatches;
constexpr std::size_t kSnippetChars = 80;

bool is_profile(const SearchTarget& t) { return t.table == "market_profiles"; }

struct PublicRecord {
  json::object item;
  std::string title, body;
};

// The public JSON of a published record (no contact field) and the texts to highlight.
std::optional<PublicRecord> published_record(db::Connection& c, const SearchTarget& t, std::int64_t id) {
  const std::string code(t.code);
  if (is_profile(t)) {
    auto row = c.query_one(sql::kPublishedProfile, {code, id});
    if (!row) return std::nullopt;
    return PublicRecord{profile_json(*row, false), row->text(2), row->text(9)};
  }
  auto row = c.query_one(sql::kPublishedListing, {code, id});
  if (!row) return std::nullopt;
  return PublicRecord{listing_json(*row, false), row->text(4), row->text(5)};
}

std::int64_t bounded_int(const http::Request& req, const std::string& key, std::int64_t fallback, std::int64_t min,
                         std::int64_t max) {
  std::int64_t v = api::query_int(req, key).value_or(fallback);
  if (v < min || v > max)
    throw ApiError(Err::FieldInvalid, key + " 应为" + std::to_string(min) + "–" + std::to_string(max), key);
  return v;
}

std::string query_text(const http::Request& req) {
  std::string q = req.query("q");
  if (http::utf8_length(q) > 200) throw ApiError(Err::FieldInvalid, "q 最多200个字符", "q");
  return q;
}

// GET /api/v1/market/search?q=&type=&field=&industry=&region=&mode=&maturity=&published_from=&published_to=
//   &limit=&offset=|&page=
Response search_route(api::Ctx& ctx) {
  const SearchTarget& target = search_target(ctx.req.query("type"));
  std::string q = query_text(ctx.req);
  SearchFilters filters = read_search_filters(ctx.req, target);
  std::int64_t limit = bounded_int(ctx.req, "limit", 20, 1, 100);
  std::int64_t offset = bounded_int(ctx.req, "offset", 0, 0, kMaxOffset);
  if (!ctx.req.query("page").empty())
    offset = (bounded_int(ctx.req, "page", 1, 1, kMaxOffset / limit + 1) - 1) * limit;
  const auto& seg = segmenter(ctx.svc.data_dir);
  auto tokens = seg.cut(q);
  auto c = ctx.svc.db.read();
  SearchResult result = run_search(*c, seg, target, q, filters, limit, offset, &match_idf(ctx.svc.data_dir));
  json::array items;
  for (const auto& hit : result.hits) {
    auto record = published_record(*c, target, hit.id);
    if (!record) continue;
    record->item["score"] = hit.score;
    record->item["title_highlight"] = search::highlight_html(record->title, tokens);
    record->item["snippet_highlight"] = search::snippet_html(record->body, tokens, kSnippetChars);
    items.push_back(std::move(record->item));
  }
  return Response::json(json::object{{"items", std::move(items)},
                                     {"q", q},
                                     {"type", target.code},
                                     {"total", result.total},
                                     {"total_is_estimate", result.total_is_estimate},
                                     {"limit", limit},
                                     {"offset", offset}});
}

// GET /api/v1/market/suggest?q=&type=&limit=: titles and keywords with a word starting with q.
Response suggest_route(api::Ctx& ctx) {
  const SearchTarget& target = search_target(ctx.req.query("type"));
  std::string q = query_text(ctx.req);
  std::int64_t limit = bounded_int(ctx.req, "limit", 10, 1, 20);
  auto c = ctx.svc.db.read();
  std::vector<std::string> prefix{q};
  json::array items;
  for (const auto& s : suggest(*c, target, q, limit))
    items.push_back(json::object{{"text", s.text}, {"id", s.id}, {"highlight", search::highlight_html(s.text, prefix)}});
  return Response::json(json::object{{"items", std::move(items)}, {"q", q}, {"type", target.code}});
}

}  // namespace

void register_search_routes(api::Api& api) {
  api.get("/api/v1/market/search", "market.search", search_route, {api::Access::Public, ""});
  api.get("/api/v1/market/suggest", "market.suggest", suggest_route, {api::Access::Public, ""});
}

}  // namespace kc::market
