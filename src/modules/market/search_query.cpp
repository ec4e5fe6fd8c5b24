#include "modules/market/search_query.hpp"

#include "search/fts_query.hpp"

namespace kc::market {
namespace {

const std::vector<search::WeightedColumn>& word_columns() {
  static const std::vector<search::WeightedColumn> k{{"tok_title", 10}, {"tok_keywords", 5}, {"tok_body", 1}};
  return k;
}

std::string or_empty_literal(std::string_view column) { return column.empty() ? "''" : std::string(column); }

// Conditions every shape shares: the type, published only, and the filters $2..$8.
std::string filter_conditions(const SearchTarget& t) {
  return "l." + std::string(t.kind_column) + " = '" + std::string(t.code) + "' AND l.status = 'published'" +
         " AND ($2 = '' OR " + std::string(t.fields_list) + " LIKE $2)" +
         " AND ($3 = '' OR " + std::string(t.industries_list) + " LIKE $3)" +
         " AND ($4 = '' OR l.region_code LIKE $4)" +
         " AND ($5 = '' OR " + or_empty_literal(t.mode_column) + " = $5)" +
         " AND ($6 = '' OR " + or_empty_literal(t.maturity_column) + " = $6)" +
         " AND l.reviewed_at >= $7 AND l.reviewed_at < $8";
}

std::string sqlite_bm25(const SearchTarget& t) {
  auto columns = word_columns();
  columns.push_back({"tok_chars", kCharsWeight});
  return search::fts5_bm25_expression(t.fts_table, columns);
}

// FROM ... WHERE ... for one shape; `score` is the ranking expression (higher is better).
struct FromWhere {
  std::string from, where, score;
};

FromWhere from_where(db::Dialect d, const SearchTarget& t, SearchShape shape) {
  const std::string table(t.table);
  const std::string filters = filter_conditions(t);
  if (shape == SearchShape::Browse)
    return {table + " l", "$1 = '' AND " + filters, "CAST(0 AS DOUBLE PRECISION)"};
  if (d == db::Dialect::Sqlite) {
    const std::string fts(t.fts_table);
    // CROSS JOIN keeps the FTS5 match as the outer loop (SQLite never reorders it); a plain JOIN let the planner
    // scan the (type, status) index and run the match once per published row.
    // The covering index halves the time of a broad query: the wide rows (text and tokens) are never read.
    return {fts + " CROSS JOIN " + table + " l INDEXED BY " + std::string(t.sqlite_filter_index) + " ON l.id = " +
                fts + ".rowid", fts + " MATCH $1 AND " + filters,
            "-" + sqlite_bm25(t)};  // bm25(): lower is better
  }
  return {table + " l, to_tsquery('simple', $1) q", "(l.tsv @@ q OR l.tsv_chars @@ q) AND " + filters,
          search::pg_rank_expression("l.tsv", "q", word_columns()) + " + 0.2 * ts_rank(l.tsv_chars, q)"};
}

std::string order_by(SearchShape shape) {
  return shape == SearchShape::Browse ? " ORDER BY l.reviewed_at DESC, l.id DESC" : " ORDER BY score DESC, l.id DESC";
}

std::string like_prefix_in_list(const std::string& code) { return code.empty() ? "" : "%," + code + "%"; }

}  // namespace

std::string search_sql(db::Dialect d, const SearchTarget& t, SearchShape shape) {
  FromWhere fw = from_where(d, t, shape);
  return "SELECT l.id, " + fw.score + " AS score FROM " + fw.from + " WHERE " + fw.where + order_by(shape) +
         " LIMIT $9 OFFSET $10";
}

std::string count_sql(db::Dialect d, const SearchTarget& t, SearchShape shape) {
  FromWhere fw = from_where(d, t, shape);
  return "SELECT COUNT(*) FROM (SELECT l.id FROM " + fw.from + " WHERE " + fw.where + " LIMIT $9 OFFSET $10) capped";
}

std::vector<db::Value> search_params(const std::string& match, const SearchFilters& f, std::int64_t limit,
                                     std::int64_t offset) {
  return {match,
          like_prefix_in_list(f.field),
          like_prefix_in_list(f.industry),
          f.region_prefix.empty() ? std::string() : f.region_prefix + "%",
          f.mode,
          f.maturity,
          f.published_from,
          f.published_before,
          limit,
          offset};
}

}  // namespace kc::market
