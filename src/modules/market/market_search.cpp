#include "modules/market/market_search.hpp"

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/listing_types.hpp"
#include "modules/market/sql_cache.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "search/fts_query.hpp"
#include "search/query_expansion.hpp"

namespace kc::market {
namespace {

constexpr std::int64_t kBeijingOffsetMs = 8 * 3'600'000;
constexpr std::int64_t kDayMs = 24 * 3'600'000;

const char* shape_name(SearchShape s) { return s == SearchShape::Ranked ? "ranked" : "browse"; }
const char* dialect_name(db::Dialect d) { return d == db::Dialect::Sqlite ? "sqlite" : "pg"; }

db::Query statement(db::Dialect d, const SearchTarget& t, SearchShape shape, bool count) {
  std::string name = std::string("market.search.") + (count ? "count." : "page.") + dialect_name(d) + "." +
                     shape_name(shape) + "." + std::string(t.code);
  return cached_query(name, [&] { return count ? count_sql(d, t, shape) : search_sql(d, t, shape); });
}

// A Beijing calendar day "YYYY-MM-DD" → the epoch ms at which it starts there.
std::int64_t beijing_day_start(const std::string& day, const std::string& field) {
  if (day.size() != 10) throw ApiError(Err::FieldInvalid, field + " 应为 YYYY-MM-DD", field);
  return api::parse_time(day, field) - kBeijingOffsetMs;
}

std::string coded_filter(const http::Request& req, const std::string& key, std::string_view column,
                         const std::vector<CodeName>& allowed) {
  std::string v = req.query(key);
  if (v.empty()) return v;
  if (column.empty()) throw ApiError(Err::FieldInvalid, key + " 不适用于该类型", key);
  if (!find_code(allowed, v)) throw ApiError(Err::FieldInvalid, key + " 不是有效的代码", key);
  return v;
}

}  // namespace

SearchResult run_search(db::Connection& c, const search::Segmenter& s, const SearchTarget& t, const std::string& query,
                        const SearchFilters& filters, std::int64_t limit, std::int64_t offset) {
  SearchResult result;
  std::string match;
  SearchShape shape = SearchShape::Browse;
  if (!query.empty()) {
    auto tokens = s.cut(query);
    // Single characters as exact terms: every record indexes the characters of its title and keywords (tok_chars),
    // and a prefix query took seconds at 200,000 records.
    const auto any = search::MatchMode::AnyTerm;
    const auto exact = search::SingleChar::Exact;
    match = c.dialect() == db::Dialect::Sqlite ? search::fts5_match_expression(tokens, any, exact)
                                               : search::pg_tsquery_text(tokens, any, exact);
    if (match.empty()) return result;  // only punctuation or stopwords: nothing to look for
    shape = SearchShape::Ranked;
  }
  for (const auto& r : c.query(statement(c.dialect(), t, shape, false), search_params(match, filters, limit, offset)))
    result.hits.push_back({r.i64(0), r.f64(1)});
  result.total = c.query_one(statement(c.dialect(), t, shape, true),
                             search_params(match, filters, kMaxCountedMatches + 1, 0))->i64(0);
  result.total_is_estimate = result.total > kMaxCountedMatches;
  if (result.total_is_estimate) result.total = kMaxCountedMatches;
  return result;
}

std::vector<RankedId> search_like(db::Connection& c, const SearchTarget& t, const std::vector<search::WeightedTerm>& terms,
                                  std::int64_t limit) {
  std::vector<std::string> words;
  for (const auto& term : terms) words.push_back(term.term);
  std::string match = c.dialect() == db::Dialect::Sqlite ? search::fts5_weighted_match(terms, 3) : search::pg_tsquery_text(words);
  std::vector<RankedId> hits;
  if (match.empty()) return hits;
  for (const auto& r : c.query(statement(c.dialect(), t, SearchShape::Ranked, false), search_params(match, {}, limit, 0)))
    hits.push_back({r.i64(0), r.f64(1)});
  return hits;
}

SearchFilters read_search_filters(const http::Request& req, const SearchTarget& t) {
  SearchFilters f;
  f.field = req.query("field");
  if (!f.field.empty() && !registry::find_hightech_field(f.field))
    throw ApiError(Err::FieldInvalid, "field 不是《国家重点支持的高新技术领域》代码", "field");
  f.industry = req.query("industry");
  if (!f.industry.empty()) registry::require_valid_industry(f.industry, "industry");
  if (std::string region = req.query("region"); !region.empty()) {
    registry::require_valid_region(region, "region");
    f.region_prefix = registry::region_scope_prefix(region);
  }
  bool demand = t.code == "demand";
  f.mode = coded_filter(req, "mode", t.mode_column, demand ? cooperation_modes() : transfer_modes());
  f.maturity = coded_filter(req, "maturity", t.maturity_column, maturities());
  if (std::string from = req.query("published_from"); !from.empty())
    f.published_from = beijing_day_start(from, "published_from");
  if (std::string to = req.query("published_to"); !to.empty())
    f.published_before = beijing_day_start(to, "published_to") + kDayMs;
  if (f.published_from >= f.published_before)
    throw ApiError(Err::FieldInvalid, "published_to 不能早于 published_from", "published_to");
  return f;
}

}  // namespace kc::market
