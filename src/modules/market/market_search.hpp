#pragma once
// Running a market search: the query text becomes the backend's match expression (src/search), the filters and
// the page go into one statement (search_query.hpp), and a capped COUNT gives the total.
#include <cstdint>
#include <string>
#include <vector>

#include "db/db.hpp"
#include "http/types.hpp"
#include "modules/market/search_query.hpp"
#include "search/segmenter.hpp"
#include "search/term_weights.hpp"

namespace kc::market {

// Totals are counted up to this many matches; beyond it the answer says "at least" (total_is_estimate).
inline constexpr std::int64_t kMaxCountedMatches = 10'000;

struct RankedId {
  std::int64_t id;
  double score;  // higher is better; 0 when browsing without query text
};
struct SearchResult {
  std::vector<RankedId> hits;
  std::int64_t total = 0;
  bool total_is_estimate = false;  // more than kMaxCountedMatches matched
};

// Empty `query` browses (newest first); a query without any searchable token finds nothing. Keywords are OR-ed;
// a text of kTextQueryWords words or more, given `idf`, is searched by its tf-idf weighted words expanded with the
// words of the first pass's best records (pseudo-relevance feedback).
SearchResult run_search(db::Connection& c, const search::Segmenter& s, const SearchTarget& t, const std::string& query,
                        const SearchFilters& filters, std::int64_t limit, std::int64_t offset,
                        const search::IdfTable* idf = nullptr);

// "More like this" (matching): published records of `t` containing any of the weighted terms, best first. SQLite
// repeats a term up to 3 times by weight (bm25 sums over phrases); PostgreSQL ORs them (tsquery has no weights).
std::vector<RankedId> search_like(db::Connection& c, const SearchTarget& t, const std::vector<search::WeightedTerm>& terms,
                                  std::int64_t limit);

// field, industry, region, mode, maturity, published_from, published_to (YYYY-MM-DD, Beijing days, inclusive)
// from the query string; each checked against the reference data and the target (ApiError naming it).
SearchFilters read_search_filters(const http::Request& req, const SearchTarget& t);

}  // namespace kc::market
