#pragma once
// SQL and query-string builders for full-text search over pre-segmented text. Documents are
// stored with their Segmenter::index_text() tokens space-joined in ordinary text columns, so
// both databases only need their simplest tokenizer:
//   SQLite:     an FTS5 table with tokenize='unicode61', ranked by bm25() with column weights;
//   PostgreSQL: a tsvector built with to_tsvector('simple', ...) and setweight(), ranked by
//               ts_rank().
// Everything here is a pure function returning text; user input only ever reaches the database
// as a bound parameter (the MATCH / tsquery string), and inside that string every token is
// quoted, so FTS operators typed by a user (AND, OR, NOT, NEAR, *, ^, :, quotes, parentheses)
// are searched for as words or dropped, never interpreted.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kc::search {

struct WeightedColumn {
  std::string name;  // SQL identifier chosen by the code ([a-z_][a-z0-9_]*), never user input
  double weight;     // relative importance; e.g. title 10, keywords 5, body 1
};

enum class MatchMode { AnyTerm, AllTerms };
// A query token of one Han character: a prefix query (芯 finds 芯片), or only that exact token, for an index that
// stores single characters as tokens of their own (a prefix query over a large index merges the posting lists of
// every word starting with the character: seconds for 水 or 分 over 200,000 records).
enum class SingleChar { Prefix, Exact };

// A pasted page of text must not become a query of thousands of terms: only the first
// kMaxQueryTerms distinct tokens are used (the long-text path is query_expansion.hpp).
constexpr size_t kMaxQueryTerms = 64;

// ---- SQLite FTS5 ----
// "token" with embedded double quotes doubled: an FTS5 string, never an operator.
std::string fts5_quote(std::string_view token);
// MATCH expression over distinct tokens (in first-seen order, at most kMaxQueryTerms): `"a" OR "b"`. A token of a
// single Han character becomes a prefix query ("芯"*) so one-character searches find the words
// starting with it. Returns "" when there is no token; do not run MATCH '' (an FTS5 error).
std::string fts5_match_expression(std::span<const std::string> tokens,
                                  MatchMode mode = MatchMode::AnyTerm, SingleChar single = SingleChar::Prefix);
// CREATE VIRTUAL TABLE <table> USING fts5(<columns>, tokenize='unicode61') plus options such as
// "content=''" or "content='docs', content_rowid='id'" passed in `extra_options`.
std::string fts5_create_table_sql(std::string_view table, std::span<const WeightedColumn> columns,
                                  std::string_view extra_options = {});
// bm25(<table>, w1, w2, ...): lower is better, as FTS5 defines it.
std::string fts5_bm25_expression(std::string_view table, std::span<const WeightedColumn> columns);
// SELECT rowid, <bm25> AS score FROM <table> WHERE <table> MATCH ?1 ORDER BY score LIMIT ?2
std::string fts5_search_sql(std::string_view table, std::span<const WeightedColumn> columns);

// ---- PostgreSQL ----
// setweight(to_tsvector('simple', coalesce(c1, '')), 'A') || ... for up to four columns, in
// order of decreasing weight (A, B, C, D); use it in a stored generated column with a GIN index.
std::string pg_tsvector_expression(std::span<const WeightedColumn> columns);
// The text for to_tsquery('simple', $1): 'a' | 'b' (or &), single Han characters as 'x':*.
// Returns "" when there is no token.
std::string pg_tsquery_text(std::span<const std::string> tokens, MatchMode mode = MatchMode::AnyTerm,
                            SingleChar single = SingleChar::Prefix);
// ts_rank('{wD,wC,wB,wA}', <tsvector_column>, <query>) with the column weights scaled to the largest; the two
// arguments are SQL expressions chosen by the code (e.g. "l.tsv", "to_tsquery('simple', $1)").
std::string pg_rank_expression(std::string_view tsvector_column, std::string_view query,
                               std::span<const WeightedColumn> columns);
// SELECT <id>, ts_rank('{wD,wC,wB,wA}', <tsv>, q) AS score FROM <table>,
//   to_tsquery('simple', $1) q WHERE <tsv> @@ q ORDER BY score DESC LIMIT $2
std::string pg_search_sql(std::string_view table, std::string_view id_column,
                          std::string_view tsvector_column, std::span<const WeightedColumn> columns);

}  // namespace kc::search
