#pragma once
// One database interface, two backends (SQLite embedded, PostgreSQL through libpq).
//
// SQL is written once, in PostgreSQL's placeholder style ($1, $2, …); the SQLite backend rewrites the
// placeholders. Keep statements portable: BIGINT epoch times, INTEGER flags, TEXT, ON CONFLICT, RETURNING.
// Statements are named constants (`Query`) so backends can prepare them once per connection.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kc::db {

enum class Dialect { Sqlite, Postgres };

// A failed statement. `unique_violation` lets callers turn a duplicate key into a 409.
class DbError : public std::runtime_error {
 public:
  DbError(const std::string& what, bool unique_violation)
      : std::runtime_error(what), unique_violation_(unique_violation) {}
  bool unique_violation() const { return unique_violation_; }

 private:
  bool unique_violation_;
};

struct Query {
  std::string_view name;  // unique, used as the prepared-statement key
  std::string_view sql;
};

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
inline const Value kNull{};

class Row {
 public:
  Row(std::vector<Value> values, std::shared_ptr<const std::vector<std::string>> names)
      : values_(std::move(values)), names_(std::move(names)) {}
  bool is_null(std::size_t i) const { return std::holds_alternative<std::monostate>(values_.at(i)); }
  std::int64_t i64(std::size_t i) const;
  double f64(std::size_t i) const;
  std::string text(std::size_t i) const;  // NULL → ""
  std::optional<std::int64_t> opt_i64(std::size_t i) const;
  std::optional<std::string> opt_text(std::size_t i) const;
  const Value& at(std::size_t i) const { return values_.at(i); }
  std::size_t size() const { return values_.size(); }
  const std::string& name(std::size_t i) const { return names_->at(i); }

 private:
  std::vector<Value> values_;
  std::shared_ptr<const std::vector<std::string>> names_;
};

using Rows = std::vector<Row>;

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs a statement and returns all rows (for SELECT / … RETURNING).
  virtual Rows query(const Query& q, const std::vector<Value>& params = {}) = 0;
  // Runs a statement and returns the number of affected rows.
  virtual std::int64_t exec(const Query& q, const std::vector<Value>& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual void exec_script(std::string_view sql) = 0;
  // Streams rows one at a time, for exports and large scans in constant memory.
  virtual void for_each(const Query& q, const std::vector<Value>& params,
                        const std::function<void(const Row&)>& fn) = 0;
  virtual void begin() = 0;  // a write transaction
  virtual void commit() = 0;
  virtual void rollback() = 0;

  std::optional<Row> query_one(const Query& q, const std::vector<Value>& params = {});
};

// Rolls back unless committed. Holds a connection in a write transaction.
class Transaction {
 public:
  explicit Transaction(Connection& c) : c_(c) { c_.begin(); }
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& c_;
  bool done_ = false;
};

class Database;

// A connection borrowed from the database; returned when destroyed.
class Lease {
 public:
  Lease(Connection* c, std::function<void(Connection*)> release) : c_(c), release_(std::move(release)) {}
  Lease(Lease&& o) noexcept : c_(o.c_), release_(std::move(o.release_)) { o.c_ = nullptr; }
  Lease(const Lease&) = delete;
  ~Lease() {
    if (c_ && release_) release_(c_);
  }
  Connection* operator->() const { return c_; }
  Connection& operator*() const { return *c_; }

 private:
  Connection* c_;
  std::function<void(Connection*)> release_;
};

struct PoolStats {
  std::int64_t size = 0;
  std::int64_t in_use = 0;
  std::int64_t waits = 0;  // times a caller had to wait for a connection
};

class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;
  // A connection for reading. With SQLite, readers run beside the one writer (WAL).
  virtual Lease read() = 0;
  // The connection for writing. With SQLite there is exactly one; callers queue for it.
  virtual Lease write() = 0;
  virtual PoolStats stats() const = 0;
  virtual std::string describe() const = 0;  // "sqlite" or "postgresql"
  // Copies the whole database to a file (SQLite online backup / pg_dump custom format).
  virtual void backup_to(const std::string& path) = 0;
  virtual void restore_from(const std::string& path) = 0;
};

// `sqlite:PATH` or `postgresql://…` (also `postgres://…`). Throws std::invalid_argument naming the problem.
std::unique_ptr<Database> open_database(const std::string& url, int pool_size);

// Rewrites $N placeholders (outside quotes) to ?N for SQLite.
std::string rewrite_placeholders_for_sqlite(std::string_view sql);

}  // namespace kc::db
