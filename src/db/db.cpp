#include "db/db.hpp"

#include <stdexcept>

namespace kc::db {

std::int64_t Row::i64(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::stoll(*p);
  return 0;
}

double Row::f64(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::stod(*p);
  return 0;
}

std::string Row::text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
  return {};
}

std::optional<std::int64_t> Row::opt_i64(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

std::optional<std::string> Row::opt_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::optional<Row> Connection::query_one(const Query& q, const std::vector<Value>& params) {
  Rows rows = query(q, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

Transaction::~Transaction() {
  if (!done_) {
    try {
      c_.rollback();
    } catch (...) {
      // A failed rollback leaves nothing to undo; the connection reports the error on next use.
    }
  }
}

void Transaction::commit() {
  c_.commit();
  done_ = true;
}

std::string rewrite_placeholders_for_sqlite(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out.push_back('?');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace kc::db

namespace kc::db {

std::unique_ptr<Database> open_sqlite(const std::string& path, int readers);
std::unique_ptr<Database> open_postgres(const std::string& url, int size);

std::unique_ptr<Database> open_database(const std::string& url, int pool_size) {
  if (pool_size < 1) throw std::invalid_argument("db.pool_size must be at least 1");
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path = url.substr(7);
    if (path.empty()) throw std::invalid_argument("db: sqlite:PATH needs a path");
    return open_sqlite(path, pool_size);
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return open_postgres(url, pool_size);
  throw std::invalid_argument("db: expected sqlite:PATH or postgresql://…, got '" + url + "'");
}

}  // namespace kc::db
