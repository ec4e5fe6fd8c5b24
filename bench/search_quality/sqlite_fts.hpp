#pragma once
// Just enough of the sqlite3 C API for the benchmark: one in-memory database holding one FTS5
// table per indexing method, each with a single column `body`.
#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kc::bench {

class SqliteFts {
 public:
  SqliteFts();
  ~SqliteFts();
  SqliteFts(const SqliteFts&) = delete;
  SqliteFts& operator=(const SqliteFts&) = delete;

  // `tokenizer`: "unicode61" for pre-tokenised text, "trigram" for raw text.
  void create_table(const std::string& table, const std::string& tokenizer);
  void begin();
  void commit();
  void insert(const std::string& table, int64_t rowid, const std::string& body);
  // Rowids for `match`, best bm25 first (ties by rowid, so runs are reproducible).
  std::vector<int64_t> search(const std::string& table, const std::string& match, int limit);
  // Bytes of database pages the table and its shadow tables occupy (SQLite's dbstat).
  int64_t table_bytes(const std::string& table);
  // Number of documents containing each term (from an fts5vocab table over `table`).
  std::map<std::string, int64_t> document_frequencies(const std::string& table);

 private:
  void exec(const std::string& sql);
  sqlite3_stmt* prepared(const std::string& sql);

  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace kc::bench
