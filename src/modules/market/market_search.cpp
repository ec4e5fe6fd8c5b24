#include "modules/market/market_search.hpp"

#include <algorithm>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/listing_types.hpp"
#include "modules/market/search_index.hpp"
#include "modules/market/sql_cache.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "search/fts_query.hpp"
#include "search/query_expansion.hpp"

namespace kc::market {
namespace {

constexpr std::int64_t kBeijingOffsetMs = 8 * 3'600'000;
constexpr std::int64_t kDayMs = 24 * 3'600'000;

// A query of this many words or more is a text (an abstract, a need described in sentences) rather than keywords:
// OR-ing all its words ranked below character bigrams on the labelled corpus (P@10 0.273 vs 0.280), tf-idf weights
// with pseudo-relevance feedback above both (0.323; bench/search_quality, src/search/README.md).
constexpr std::size_t kTextQueryWords = 8;
constexpr std::int64_t kFeedbackDocuments = 5;

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

// The backend's match text for weighted terms: FTS5 repeats a term by weight, a tsquery ORs them.
std::string weighted_match(db::Dialect d, const std::vector<search::WeightedTerm>& terms) {
  if (d == db::Dialect::Sqlite) return search::fts5_weighted_match(terms, 3);
  std::vector<std::string> words;
  for (const auto& term : terms) words.push_back(term.term);
  return search::pg_tsquery_text(words);
}

// The indexed words of the first pass's best records, for the feedback step.
std::vector<std::vector<std::string>> feedback_documents(db::Connection& c, const SearchTarget& t, const std::string& match,
                                                         const SearchFilters& filters) {
  const auto tokens = cached_query("market.search.tokens." + std::string(t.code), [&] {
    return "SELECT tok_title, tok_keywords, tok_body FROM " + std::string(t.table) + " WHERE id = $1";
  });
  std::vector<std::vector<std::string>> docs;
  for (const auto& hit : c.query(statement(c.dialect(), t, SearchShape::Ranked, false),
                                 search_params(match, filters, kFeedbackDocuments, 0))) {
    auto row = c.query_one(tokens, {hit.i64(0)});
    if (!row) continue;
    auto words = indexed_words(row->text(0) + " " + row->text(1) + " " + row->text(2));
    docs.push_back(std::move(words));
  }
  return docs;
}

// A text query: tf-idf weighted words, a first pass, then the query expanded with its best records' words.
std::string text_match(db::Connection& c, const SearchTarget& t, const std::vector<std::string>& tokens,
                       const search::IdfTable& idf, const SearchFilters& filters) {
  auto terms = search::weighted_query_terms(tokens, idf, tokens.size());
  auto first = weighted_match(c.dialect(), terms);
  if (first.empty()) return first;
  auto docs = feedback_documents(c, t, first, filters);
  return weighted_match(c.dialect(), search::expand_with_feedback(terms, docs, idf));
}

}  // namespace

SearchResult run_search(db::Connection& c, const search::Segmenter& s, const SearchTarget& t, const std::string& query,
                        const SearchFilters& filters, std::int64_t limit, std::int64_t offset, const search::IdfTable* idf) {
  SearchResult result;
  std::string match;
  SearchShape shape = SearchShape::Browse;
  if (!query.empty()) {
    auto tokens = s.cut(query);
    // Single characters as exact terms: every record indexes the characters of its title and keywords (tok_chars),
    // and a prefix query took seconds at 200,000 records.
    const auto any = search::MatchMode::AnyTerm;
    const auto exact = search::SingleChar::Exact;
    if (idf && idf->size() > 0 && tokens.size() >= kTextQueryWords)
      match = text_match(c, t, tokens, *idf, filters);
    else
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
  std::string match = weighted_match(c.dialect(), terms);
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
