#include "search/fts_query.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <unordered_set>

#include "search/text_normalize.hpp"

namespace kc::search {
namespace {

// Identifiers are spliced into SQL, so only plain lower-case names are accepted; they come from
// the code, so a bad one is a programming error.
std::string_view checked_identifier(std::string_view name) {
  const bool ok = !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
                  std::all_of(name.begin(), name.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                  });
  if (!ok) throw std::invalid_argument("search: bad SQL identifier '" + std::string(name) + "'");
  return name;
}

std::string format_weight(double weight) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", weight);
  std::string text = buffer;
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

bool is_single_han_char(std::string_view token) {
  if (token.empty()) return false;
  const DecodedChar c = decode_utf8_at(token, 0);
  return c.byte_length == token.size() && is_han(c.code);
}

std::vector<std::string_view> distinct_nonempty(std::span<const std::string> tokens) {
  std::vector<std::string_view> distinct;
  std::unordered_set<std::string_view> seen;
  for (const std::string& token : tokens) {
    if (distinct.size() == kMaxQueryTerms) break;
    if (!token.empty() && seen.insert(token).second) distinct.push_back(token);
  }
  return distinct;
}

std::string join_terms(std::span<const std::string> tokens, std::string_view separator,
                       std::string (*format_term)(std::string_view)) {
  std::string joined;
  for (std::string_view token : distinct_nonempty(tokens)) {
    if (!joined.empty()) joined += separator;
    joined += format_term(token);
  }
  return joined;
}

std::string fts5_term(std::string_view token) {
  return fts5_quote(token) + (is_single_han_char(token) ? "*" : "");
}

std::string fts5_term_exact(std::string_view token) { return fts5_quote(token); }

std::string pg_term(std::string_view token) {
  std::string quoted = "'";
  for (char c : token) {
    if (c == '\'' || c == '\\') quoted.push_back(c == '\'' ? '\'' : '\\');
    quoted.push_back(c);
  }
  quoted += "'";
  return quoted + (is_single_han_char(token) ? ":*" : "");
}

std::string pg_term_exact(std::string_view token) {
  std::string term = pg_term(token);
  if (term.ends_with(":*")) term.resize(term.size() - 2);
  return term;
}

double max_weight(std::span<const WeightedColumn> columns) {
  double max = 0;
  for (const WeightedColumn& column : columns) max = std::max(max, column.weight);
  return max > 0 ? max : 1;
}

}  // namespace

std::string fts5_quote(std::string_view token) {
  std::string quoted = "\"";
  for (char c : token) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted += "\"";
  return quoted;
}

std::string fts5_match_expression(std::span<const std::string> tokens, MatchMode mode, SingleChar single) {
  return join_terms(tokens, mode == MatchMode::AnyTerm ? " OR " : " AND ",
                    single == SingleChar::Prefix ? fts5_term : fts5_term_exact);
}

std::string fts5_create_table_sql(std::string_view table, std::span<const WeightedColumn> columns,
                                  std::string_view extra_options) {
  std::string sql = "CREATE VIRTUAL TABLE " + std::string(checked_identifier(table)) + " USING fts5(";
  for (const WeightedColumn& column : columns) sql += std::string(checked_identifier(column.name)) + ", ";
  sql += "tokenize='unicode61'";
  if (!extra_options.empty()) sql += ", " + std::string(extra_options);
  return sql + ")";
}

std::string fts5_bm25_expression(std::string_view table, std::span<const WeightedColumn> columns) {
  std::string expression = "bm25(" + std::string(checked_identifier(table));
  for (const WeightedColumn& column : columns) expression += ", " + format_weight(column.weight);
  return expression + ")";
}

std::string fts5_search_sql(std::string_view table, std::span<const WeightedColumn> columns) {
  const std::string name(checked_identifier(table));
  return "SELECT rowid, " + fts5_bm25_expression(table, columns) + " AS score FROM " + name +
         " WHERE " + name + " MATCH ?1 ORDER BY score LIMIT ?2";
}

std::string pg_tsvector_expression(std::span<const WeightedColumn> columns) {
  if (columns.empty() || columns.size() > 4) {
    throw std::invalid_argument("search: PostgreSQL weights need 1 to 4 columns");
  }
  std::string expression;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) expression += " || ";
    expression += "setweight(to_tsvector('simple', coalesce(" +
                  std::string(checked_identifier(columns[i].name)) + ", '')), '" +
                  std::string(1, static_cast<char>('A' + i)) + "')";
  }
  return expression;
}

std::string pg_tsquery_text(std::span<const std::string> tokens, MatchMode mode, SingleChar single) {
  return join_terms(tokens, mode == MatchMode::AnyTerm ? " | " : " & ",
                    single == SingleChar::Prefix ? pg_term : pg_term_exact);
}

std::string pg_rank_expression(std::string_view tsvector_column, std::string_view query,
                               std::span<const WeightedColumn> columns) {
  pg_tsvector_expression(columns);  // same column limits as the vector the ranking refers to
  // ts_rank's array is ordered {D, C, B, A}; column i carries label 'A' + i.
  double label_weight[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < columns.size(); ++i) label_weight[i] = columns[i].weight / max_weight(columns);
  std::string weights = "'{";
  for (int label = 3; label >= 0; --label) {
    weights += format_weight(label_weight[label]) + (label > 0 ? "," : "");
  }
  weights += "}'";
  return "ts_rank(" + weights + ", " + std::string(tsvector_column) + ", " + std::string(query) + ")";
}

std::string pg_search_sql(std::string_view table, std::string_view id_column,
                          std::string_view tsvector_column, std::span<const WeightedColumn> columns) {
  const std::string tsv(checked_identifier(tsvector_column));
  return "SELECT " + std::string(checked_identifier(id_column)) + ", " + pg_rank_expression(tsv, "q", columns) +
         " AS score FROM " + std::string(checked_identifier(table)) +
         ", to_tsquery('simple', $1) q WHERE " + tsv + " @@ q ORDER BY score DESC LIMIT $2";
}

}  // namespace kc::search
