// SQLite backend: WAL, foreign keys, busy timeout, synchronous FULL; one writer, several readers.
#include <sqlite3.h>

#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "db/db.hpp"
#include "db/pool.hpp"

namespace kc::db {
namespace {

[[noreturn]] void fail(sqlite3* h, const std::string& what) {
  bool unique = h && (sqlite3_extended_errcode(h) == SQLITE_CONSTRAINT_UNIQUE ||
                      sqlite3_extended_errcode(h) == SQLITE_CONSTRAINT_PRIMARYKEY);
  throw DbError("sqlite: " + what + ": " + (h ? sqlite3_errmsg(h) : "out of memory"), unique);
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, bool readonly) {
    int flags = readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    flags |= SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &h_, flags, nullptr) != SQLITE_OK) fail(h_, "open " + path);
    sqlite3_busy_timeout(h_, 10000);
    exec_script("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;");
    if (!readonly) exec_script("PRAGMA journal_mode=WAL;");
  }
  ~SqliteConnection() override {
    for (auto& [_, st] : cache_) sqlite3_finalize(st);
    sqlite3_close_v2(h_);
  }

  Dialect dialect() const override { return Dialect::Sqlite; }

  Rows query(const Query& q, const std::vector<Value>& params) override {
    Rows rows;
    for_each(q, params, [&](const Row& r) { rows.push_back(r); });
    return rows;
  }

  std::int64_t exec(const Query& q, const std::vector<Value>& params) override {
    sqlite3_stmt* st = prepare(q, params);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) fail(h_, std::string(q.name));
    return sqlite3_changes64(h_);
  }

  void exec_script(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    if (sqlite3_exec(h_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error("sqlite: " + msg);
    }
  }

  void for_each(const Query& q, const std::vector<Value>& params,
                const std::function<void(const Row&)>& fn) override {
    sqlite3_stmt* st = prepare(q, params);
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() { sqlite3_reset(s); }
    } reset{st};
    auto names = column_names(st);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) fn(read_row(st, names));
    if (rc != SQLITE_DONE) fail(h_, std::string(q.name));
  }

  void begin() override { exec_script("BEGIN IMMEDIATE"); }
  void commit() override { exec_script("COMMIT"); }
  void rollback() override {
    if (!sqlite3_get_autocommit(h_)) exec_script("ROLLBACK");
  }

  sqlite3* handle() const { return h_; }

 private:
  sqlite3_stmt* prepare(const Query& q, const std::vector<Value>& params) {
    auto key = std::string(q.name);
    auto it = cache_.find(key);
    sqlite3_stmt* st;
    if (it != cache_.end()) {
      st = it->second;
    } else {
      std::string sql = rewrite_placeholders_for_sqlite(q.sql);
      if (sqlite3_prepare_v3(h_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st,
                             nullptr) != SQLITE_OK)
        fail(h_, "prepare " + key);
      cache_.emplace(std::move(key), st);
    }
    sqlite3_clear_bindings(st);
    for (std::size_t i = 0; i < params.size(); ++i) bind(st, static_cast<int>(i + 1), params[i]);
    return st;
  }

  void bind(sqlite3_stmt* st, int idx, const Value& v) {
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v))
      rc = sqlite3_bind_null(st, idx);
    else if (auto p = std::get_if<std::int64_t>(&v))
      rc = sqlite3_bind_int64(st, idx, *p);
    else if (auto p = std::get_if<double>(&v))
      rc = sqlite3_bind_double(st, idx, *p);
    else if (auto p = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text(st, idx, p->data(), static_cast<int>(p->size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(h_, "bind");
  }

  std::shared_ptr<const std::vector<std::string>> column_names(sqlite3_stmt* st) {
    auto& cached = names_[st];
    if (!cached) {
      auto v = std::make_shared<std::vector<std::string>>();
      for (int i = 0; i < sqlite3_column_count(st); ++i) v->emplace_back(sqlite3_column_name(st, i));
      cached = std::move(v);
    }
    return cached;
  }

  static Row read_row(sqlite3_stmt* st, const std::shared_ptr<const std::vector<std::string>>& names) {
    std::vector<Value> vals;
    int n = sqlite3_column_count(st);
    vals.reserve(n);
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER: vals.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st, i))); break;
        case SQLITE_FLOAT: vals.emplace_back(sqlite3_column_double(st, i)); break;
        case SQLITE_NULL: vals.emplace_back(std::monostate{}); break;
        default: {
          auto p = reinterpret_cast<const char*>(sqlite3_column_blob(st, i));
          vals.emplace_back(std::string(p ? p : "", sqlite3_column_bytes(st, i)));
        }
      }
    }
    return Row(std::move(vals), names);
  }

  sqlite3* h_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::unordered_map<sqlite3_stmt*, std::shared_ptr<const std::vector<std::string>>> names_;
};

void copy_database(sqlite3* from, sqlite3* to) {
  sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
  if (!b) fail(to, "backup init");
  int rc;
  while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    sqlite3_sleep(5);
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) fail(to, "backup");
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, int readers) : path_(std::move(path)) {
    writer_.add(std::make_unique<SqliteConnection>(path_, false));  // creates the file and turns on WAL
    for (int i = 0; i < readers; ++i) readers_.add(std::make_unique<SqliteConnection>(path_, false));
  }
  Dialect dialect() const override { return Dialect::Sqlite; }
  Lease read() override { return readers_.acquire(); }
  Lease write() override { return writer_.acquire(); }
  PoolStats stats() const override {
    PoolStats r = readers_.stats(), w = writer_.stats();
    return PoolStats{r.size + w.size, r.in_use + w.in_use, r.waits + w.waits};
  }
  std::string describe() const override { return "sqlite"; }

  void backup_to(const std::string& path) override {
    auto lease = read();
    sqlite3* dest = nullptr;
    if (sqlite3_open(path.c_str(), &dest) != SQLITE_OK) {
      sqlite3_close(dest);
      throw std::runtime_error("cannot create backup file " + path);
    }
    try {
      copy_database(static_cast<SqliteConnection&>(*lease).handle(), dest);
    } catch (...) {
      sqlite3_close(dest);
      throw;
    }
    sqlite3_close(dest);
  }

  void restore_from(const std::string& path) override {
    sqlite3* src = nullptr;
    if (sqlite3_open_v2(path.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(src);
      throw std::runtime_error("cannot open backup file " + path);
    }
    auto lease = write();
    try {
      copy_database(src, static_cast<SqliteConnection&>(*lease).handle());
    } catch (...) {
      sqlite3_close(src);
      throw;
    }
    sqlite3_close(src);
  }

 private:
  std::string path_;
  ConnectionPool writer_;
  ConnectionPool readers_;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, int readers) {
  // SQLite's allocation statistics take a global mutex on every malloc; nothing here reads them.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  return std::make_unique<SqliteDatabase>(path, readers);
}

}  // namespace kc::db
