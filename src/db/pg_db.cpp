// PostgreSQL backend through libpq: a pool of connections, statements prepared once per connection.
#include <libpq-fe.h>
#include <spawn.h>
#include <sys/wait.h>

#include <stdexcept>
#include <string>
#include <unordered_set>

#include "db/db.hpp"
#include "db/pool.hpp"

extern char** environ;

namespace kc::db {
namespace {

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PgConnection final : public Connection {
 public:
  explicit PgConnection(const std::string& url) : url_(url) { connect(); }
  ~PgConnection() override { PQfinish(h_); }

  Dialect dialect() const override { return Dialect::Postgres; }

  Rows query(const Query& q, const std::vector<Value>& params) override {
    Result r = run(q, params);
    return rows_of(r.get());
  }

  std::int64_t exec(const Query& q, const std::vector<Value>& params) override {
    Result r = run(q, params);
    const char* n = PQcmdTuples(r.get());
    return (n && *n) ? std::stoll(n) : 0;
  }

  void exec_script(std::string_view sql) override {
    ensure_connected();
    Result r(PQexec(h_, std::string(sql).c_str()));
    check(r.get(), "script");
  }

  void for_each(const Query& q, const std::vector<Value>& params,
                const std::function<void(const Row&)>& fn) override {
    ensure_prepared(q);
    Params p(params);
    if (!PQsendQueryPrepared(h_, std::string(q.name).c_str(), p.count(), p.values(), nullptr, nullptr, 0))
      throw DbError("postgresql: " + std::string(PQerrorMessage(h_)), false);
    PQsetSingleRowMode(h_);
    std::shared_ptr<const std::vector<std::string>> names;
    std::string error;
    bool unique = false;
    while (PGresult* raw = PQgetResult(h_)) {
      Result r(raw);
      auto st = PQresultStatus(raw);
      if (st == PGRES_SINGLE_TUPLE) {
        if (!names) names = names_of(raw);
        if (error.empty()) {
          try {
            fn(row_at(raw, 0, names));
          } catch (const std::exception& e) {
            error = e.what();  // drain the remaining results before rethrowing
          }
        }
      } else if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && error.empty()) {
        error = PQresultErrorMessage(raw);
        unique = is_unique_violation(raw);
      }
    }
    if (!error.empty()) throw DbError("postgresql: " + error, unique);
  }

  void begin() override { exec_script("BEGIN"); }
  void commit() override { exec_script("COMMIT"); }
  void rollback() override {
    if (PQtransactionStatus(h_) != PQTRANS_IDLE) exec_script("ROLLBACK");
  }

 private:
  class Params {
   public:
    explicit Params(const std::vector<Value>& in) {
      texts_.reserve(in.size());
      for (const Value& v : in) {
        if (std::holds_alternative<std::monostate>(v)) {
          texts_.emplace_back();
          null_.push_back(true);
        } else {
          texts_.push_back(text_of(v));
          null_.push_back(false);
        }
      }
      for (std::size_t i = 0; i < texts_.size(); ++i) ptrs_.push_back(null_[i] ? nullptr : texts_[i].c_str());
    }
    int count() const { return static_cast<int>(ptrs_.size()); }
    const char* const* values() const { return ptrs_.data(); }

   private:
    static std::string text_of(const Value& v) {
      if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
      if (auto p = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *p);
        return buf;
      }
      return std::get<std::string>(v);
    }
    std::vector<std::string> texts_;
    std::vector<bool> null_;
    std::vector<const char*> ptrs_;
  };

  void connect() {
    h_ = PQconnectdb(url_.c_str());
    if (PQstatus(h_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(h_);
      PQfinish(h_);
      h_ = nullptr;
      throw DbError("postgresql: cannot connect: " + msg, false);
    }
    Result r(PQexec(h_, "SET client_encoding TO 'UTF8'"));
  }

  void ensure_connected() {
    if (h_ && PQstatus(h_) == CONNECTION_OK) return;
    if (h_) PQfinish(h_);
    h_ = nullptr;
    prepared_.clear();
    connect();
  }

  void ensure_prepared(const Query& q) {
    ensure_connected();
    std::string name(q.name);
    if (prepared_.count(name)) return;
    Result r(PQprepare(h_, name.c_str(), std::string(q.sql).c_str(), 0, nullptr));
    check(r.get(), "prepare " + name);
    prepared_.insert(std::move(name));
  }

  Result run(const Query& q, const std::vector<Value>& params) {
    ensure_prepared(q);
    Params p(params);
    Result r(PQexecPrepared(h_, std::string(q.name).c_str(), p.count(), p.values(), nullptr, nullptr, 0));
    check(r.get(), std::string(q.name));
    return r;
  }

  static bool is_unique_violation(const PGresult* r) {
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    return state && std::string(state) == "23505";
  }

  void check(const PGresult* r, const std::string& what) {
    auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(h_);
    throw DbError("postgresql: " + what + ": " + msg, r && is_unique_violation(r));
  }

  static std::shared_ptr<const std::vector<std::string>> names_of(const PGresult* r) {
    auto v = std::make_shared<std::vector<std::string>>();
    for (int c = 0; c < PQnfields(r); ++c) v->emplace_back(PQfname(r, c));
    return v;
  }

  static Row row_at(const PGresult* r, int row, const std::shared_ptr<const std::vector<std::string>>& names) {
    std::vector<Value> vals;
    int n = PQnfields(r);
    vals.reserve(n);
    for (int c = 0; c < n; ++c) {
      if (PQgetisnull(r, row, c)) {
        vals.emplace_back(std::monostate{});
        continue;
      }
      const char* s = PQgetvalue(r, row, c);
      switch (PQftype(r, c)) {
        case kInt8:
        case kInt4:
        case kInt2: vals.emplace_back(static_cast<std::int64_t>(std::stoll(s))); break;
        case kFloat4:
        case kFloat8: vals.emplace_back(std::stod(s)); break;
        case kBool: vals.emplace_back(static_cast<std::int64_t>(s[0] == 't')); break;
        default: vals.emplace_back(std::string(s, PQgetlength(r, row, c)));
      }
    }
    return Row(std::move(vals), names);
  }

  static Rows rows_of(const PGresult* r) {
    Rows rows;
    auto names = names_of(r);
    int n = PQntuples(r);
    rows.reserve(n);
    for (int i = 0; i < n; ++i) rows.push_back(row_at(r, i, names));
    return rows;
  }

  std::string url_;
  PGconn* h_ = nullptr;
  std::unordered_set<std::string> prepared_;
};

// Runs a PostgreSQL client program (pg_dump, pg_restore) without a shell.
void run_program(std::vector<std::string> argv) {
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  pid_t pid;
  if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
    throw std::runtime_error("cannot start " + argv[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error(argv[0] + " failed");
}

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string url, int size) : url_(std::move(url)) {
    for (int i = 0; i < size; ++i) pool_.add(std::make_unique<PgConnection>(url_));
  }
  Dialect dialect() const override { return Dialect::Postgres; }
  Lease read() override { return pool_.acquire(); }
  Lease write() override { return pool_.acquire(); }
  PoolStats stats() const override { return pool_.stats(); }
  std::string describe() const override { return "postgresql"; }
  void backup_to(const std::string& path) override {
    run_program({"pg_dump", "--format=custom", "--no-owner", "--file=" + path, "--dbname=" + url_});
  }
  void restore_from(const std::string& path) override {
    run_program({"pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 "--dbname=" + url_, path});
  }

 private:
  std::string url_;
  ConnectionPool pool_;
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& url, int size) {
  return std::make_unique<PgDatabase>(url, size);
}

}  // namespace kc::db
