#include "sqlite_fts.hpp"

#include <stdexcept>

namespace kc::bench {

SqliteFts::SqliteFts() {
  if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite3_open failed");
}

SqliteFts::~SqliteFts() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

void SqliteFts::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(sql + ": " + message);
  }
}

sqlite3_stmt* SqliteFts::prepared(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    return it->second;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
  }
  statements_.emplace(sql, stmt);
  return stmt;
}

void SqliteFts::create_table(const std::string& table, const std::string& tokenizer) {
  exec("CREATE VIRTUAL TABLE " + table + " USING fts5(body, tokenize='" + tokenizer + "')");
}

void SqliteFts::begin() { exec("BEGIN"); }
void SqliteFts::commit() { exec("COMMIT"); }

void SqliteFts::insert(const std::string& table, int64_t rowid, const std::string& body) {
  sqlite3_stmt* stmt = prepared("INSERT INTO " + table + "(rowid, body) VALUES (?1, ?2)");
  sqlite3_bind_int64(stmt, 1, rowid);
  sqlite3_bind_text(stmt, 2, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
  if (sqlite3_step(stmt) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
}

std::vector<int64_t> SqliteFts::search(const std::string& table, const std::string& match, int limit) {
  std::vector<int64_t> ids;
  if (match.empty()) return ids;
  sqlite3_stmt* stmt = prepared("SELECT rowid FROM " + table + " WHERE " + table +
                                " MATCH ?1 ORDER BY bm25(" + table + "), rowid LIMIT ?2");
  sqlite3_bind_text(stmt, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int(stmt, 2, limit);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(stmt, 0));
  if (rc != SQLITE_DONE) throw std::runtime_error(match + ": " + sqlite3_errmsg(db_));
  return ids;
}

int64_t SqliteFts::table_bytes(const std::string& table) {
  sqlite3_stmt* stmt = prepared("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?1 OR name LIKE ?1 || '\\_%' ESCAPE '\\'");
  sqlite3_bind_text(stmt, 1, table.c_str(), -1, SQLITE_TRANSIENT);
  return sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
}

std::map<std::string, int64_t> SqliteFts::document_frequencies(const std::string& table) {
  exec("CREATE VIRTUAL TABLE IF NOT EXISTS " + table + "_vocab USING fts5vocab(" + table + ", 'row')");
  std::map<std::string, int64_t> frequencies;
  sqlite3_stmt* stmt = prepared("SELECT term, doc FROM " + table + "_vocab");
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    frequencies.emplace(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                        sqlite3_column_int64(stmt, 1));
  }
  return frequencies;
}

}  // namespace kc::bench
