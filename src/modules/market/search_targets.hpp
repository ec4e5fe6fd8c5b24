#pragma once
// What can be searched in the technology market: demands and achievements (table market_listings) and expert and
// agency profiles (table market_profiles). Each target names its tables and the SQL expressions its filters apply
// to, so one query builder (search_query.hpp) and one indexing path (search_index.hpp) serve all four.
#include <string>
#include <string_view>
#include <vector>

namespace kc::market {

struct SearchTarget {
  std::string_view code;         // the `type` query parameter: demand | achievement | expert | agency
  std::string_view table;        // market_listings | market_profiles (alias l in every statement)
  std::string_view kind_column;  // the column holding `code` in that table
  std::string_view fts_table;    // SQLite: FTS5 table, rowid = record id
  // Filter expressions over alias l. Code lists are comma-framed (",10101,20301,") so that one LIKE finds a code
  // or any code under it (a high-tech field "101" matches "10101").
  std::string_view fields_list;
  std::string_view industries_list;
  std::string_view mode_column;      // "" when the type has no cooperation/transfer mode
  std::string_view maturity_column;  // "" when the type has no maturity
  std::string_view title_column;     // what suggestions show
  // SQLite: a covering index (id, kind, status, filter columns) the join reads instead of the wide row
  // (market/042_search_filter_index).
  std::string_view sqlite_filter_index;
};

const SearchTarget& demand_target();
const SearchTarget& achievement_target();
const SearchTarget& expert_target();
const SearchTarget& agency_target();
const std::vector<const SearchTarget*>& all_search_targets();

// The target named by the `type` query parameter; throws ApiError(FieldInvalid, "type") for anything else.
const SearchTarget& search_target(std::string_view code);

}  // namespace kc::market
