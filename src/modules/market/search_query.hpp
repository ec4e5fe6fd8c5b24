#pragma once
// SQL of the market's search, built once per (backend, target, shape) from a SearchTarget. Every filter is a bound
// parameter applied inside the statement, so ranking, LIMIT and OFFSET see only the rows that pass the filters:
//   $1 match text (FTS5 MATCH expression | to_tsquery text | '' when browsing)
//   $2 field pattern, $3 industry pattern, $4 region pattern ('' = any; LIKE patterns from search_params)
//   $5 mode, $6 maturity ('' = any), $7..$8 published_at range [from, before) in epoch ms
//   $9 limit, $10 offset
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "db/db.hpp"
#include "modules/market/search_targets.hpp"

namespace kc::market {

struct SearchFilters {
  std::string field;          // high-tech field code; its sub-fields match too
  std::string industry;       // industry code (GB/T 4754); its sub-classes match too
  std::string region_prefix;  // registry::region_scope_prefix of the region: a city matches its counties
  std::string mode;           // cooperation mode (demands) / transfer mode (achievements)
  std::string maturity;       // achievements
  std::int64_t published_from = 0;
  std::int64_t published_before = std::numeric_limits<std::int64_t>::max();
};

enum class SearchShape {
  Ranked,  // full-text match, best first
  Browse,  // no query text: newest published first, filters only
};

// SELECT id, score (higher is better) ... ORDER BY score DESC, id DESC LIMIT $9 OFFSET $10
std::string search_sql(db::Dialect d, const SearchTarget& t, SearchShape shape);
// SELECT COUNT(*) over at most $9 matching rows ($10 must be 0): a total that stays cheap for broad queries.
std::string count_sql(db::Dialect d, const SearchTarget& t, SearchShape shape);
// The ten parameters in order.
std::vector<db::Value> search_params(const std::string& match, const SearchFilters& f, std::int64_t limit,
                                     std::int64_t offset);

// Search-time weights: title 10 > keywords 5 > body 1 (issue 4: "field boosts"); the single Han characters of the
// title and keywords (what one-character queries find) count 2 in SQLite's bm25 and a fifth of the word rank in
// PostgreSQL, where they live in their own tsvector.
inline constexpr double kCharsWeight = 2.0;

}  // namespace kc::market
