#pragma once
// Versioned migrations. Each module contributes an ordered list; ids are "module/NNN_name" and are
// recorded in schema_migrations, so each runs once per database, in its own transaction.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "db/db.hpp"

namespace kc::db {

struct Migration {
  std::string id;
  // Portable DDL. Dialect macros: {{ID}} an auto-increment BIGINT primary key, {{BLOB}} binary data.
  std::string sql;
  // Optional data step run after the SQL in the same transaction (e.g. loading reference data).
  std::function<void(Connection&)> load = nullptr;
};

std::string expand_dialect(std::string_view sql, Dialect d);

// Applies the migrations not yet recorded; returns how many ran.
int apply_migrations(Database& db, const std::vector<Migration>& migrations, std::ostream& log);

}  // namespace kc::db
