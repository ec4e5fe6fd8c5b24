#include "tabular/imports/batches.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "tabular/imports/batch_sql.hpp"

namespace kc::imports {

namespace json = boost::json;
using tabular::RowError;

std::vector<db::Migration> migrations() {
  return {{"tabular/001_import_batches",
           R"(CREATE TABLE import_batches (
                id {{ID}},
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                filename TEXT NOT NULL,
                format TEXT NOT NULL,
                options TEXT NOT NULL,
                created_by BIGINT NOT NULL,
                total_rows BIGINT NOT NULL,
                valid_rows BIGINT NOT NULL,
                invalid_rows BIGINT NOT NULL,
                applied_rows BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                applied_at BIGINT,
                applied_by BIGINT);
              CREATE TABLE import_rows (
                batch_id BIGINT NOT NULL,
                line BIGINT NOT NULL,
                data TEXT NOT NULL,
                valid INTEGER NOT NULL,
                record_id BIGINT,
                PRIMARY KEY (batch_id, line));
              CREATE TABLE import_errors (
                batch_id BIGINT NOT NULL,
                seq BIGINT NOT NULL,
                line BIGINT NOT NULL,
                field TEXT NOT NULL,
                code TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (batch_id, seq));)"}};
}

namespace {

RowError error_of(std::int64_t line, const ApiError& e) {
  return {line, e.field(), std::string(e.info().code), e.message_zh()};
}

struct CheckedRow {
  std::int64_t line;
  json::object data;
  bool valid;
};

// Values of the kind's unique fields seen so far in the file, per field.
class DuplicateFinder {
 public:
  explicit DuplicateFinder(const ImportKind& kind) : kind_(kind) {}
  // Throws FieldInvalid naming the field when a unique value repeats an earlier row's.
  void check(std::int64_t line, const json::object& row) {
    for (const auto& field : kind_.unique_fields) {
      const auto* v = row.if_contains(field);
      if (!v || !v->is_string() || v->as_string().empty()) continue;
      auto [it, fresh] = seen_[field].emplace(std::string(v->as_string()), line);
      if (!fresh)
        throw ApiError(Err::FieldInvalid, field + " 与第" + std::to_string(it->second) + "行重复", field);
    }
  }

 private:
  const ImportKind& kind_;
  std::map<std::string, std::map<std::string, std::int64_t>> seen_;
};

std::map<std::string, std::string> options_from_json(const std::string& text) {
  std::map<std::string, std::string> out;
  json::value parsed = json::parse(text);  // kept alive: a range-for over a temporary's member would dangle
  for (const auto& [k, v] : parsed.as_object()) out[std::string(k)] = std::string(v.as_string());
  return out;
}

std::string options_to_json(const std::map<std::string, std::string>& options) {
  json::object o;
  for (const auto& [k, v] : options) o[k] = v;
  return json::serialize(o);
}

BatchSummary summary_of(const db::Row& r) {
  BatchSummary b;
  b.id = r.i64(0);
  b.kind = r.text(1);
  b.status = r.text(2);
  b.filename = r.text(3);
  b.format = r.text(4);
  b.options = options_from_json(r.text(5));
  b.created_by = r.i64(6);
  b.total_rows = r.i64(7);
  b.valid_rows = r.i64(8);
  b.invalid_rows = r.i64(9);
  b.applied_rows = r.i64(10);
  b.created_at = r.i64(11);
  b.applied_at = r.opt_i64(12);
  return b;
}

void insert_error(db::Connection& c, std::int64_t batch, std::int64_t seq, const RowError& e) {
  c.exec(sql::kInsertError, {batch, seq, e.line, e.field, e.code, e.message});
}

}  // namespace

namespace {

struct CheckedFile {
  tabular::Format format;
  std::vector<CheckedRow> rows;   // rows that became records, valid or not
  std::vector<RowError> errors;
  std::int64_t unreadable = 0;    // rows that did not become records (bad JSON line, bad number or date)
  std::int64_t invalid() const {
    return unreadable + std::count_if(rows.begin(), rows.end(), [](const CheckedRow& r) { return !r.valid; });
  }
  std::int64_t total() const { return unreadable + static_cast<std::int64_t>(rows.size()); }
};

CheckedFile check_file(db::Database& db, const ImportKind& kind, const Importer& who, std::string_view filename,
                       std::string_view bytes, const tabular::Limits& limits) {
  CheckedFile file{tabular::detect_format(filename, bytes), {}, {}, 0};
  auto parsed = tabular::read_records(bytes, file.format, kind.fields, limits);
  file.errors = std::move(parsed.errors);
  std::set<std::int64_t> unreadable_lines;
  for (const auto& e : file.errors) unreadable_lines.insert(e.line);
  file.unreadable = static_cast<std::int64_t>(unreadable_lines.size());
  DuplicateFinder duplicates(kind);
  auto c = db.read();
  for (auto& rec : parsed.records) {
    bool valid = true;
    try {
      duplicates.check(rec.line, rec.fields);
      kind.check(who, *c, rec.fields);
    } catch (const ApiError& e) {
      file.errors.push_back(error_of(rec.line, e));
      valid = false;
    }
    file.rows.push_back({rec.line, std::move(rec.fields), valid});
  }
  return file;
}

std::int64_t store_batch(db::Database& db, const ImportKind& kind, const Importer& who, std::string_view filename,
                         const CheckedFile& file) {
  auto c = db.write();
  db::Transaction tx(*c);
  auto id = c->query_one(sql::kInsertBatch, {kind.name, std::string(filename),
                                             std::string(tabular::format_name(file.format)), options_to_json(who.options),
                                             who.user_id(), file.total(), file.total() - file.invalid(), file.invalid(),
                                             who.now})
                ->i64(0);
  for (const auto& r : file.rows) c->exec(sql::kInsertRow, {id, r.line, json::serialize(r.data), std::int64_t{r.valid}});
  std::int64_t seq = 0;
  for (const auto& e : file.errors) insert_error(*c, id, ++seq, e);
  tx.commit();
  return id;
}

}  // namespace

std::int64_t validate_upload(db::Database& db, const ImportKind& kind, const Importer& who, std::string_view filename,
                             std::string_view bytes, const tabular::Limits& limits) {
  return store_batch(db, kind, who, filename, check_file(db, kind, who, filename, bytes, limits));
}

std::optional<BatchSummary> find_batch(db::Connection& c, std::int64_t id) {
  auto row = c.query_one(sql::kBatch, {id});
  if (!row) return std::nullopt;
  return summary_of(*row);
}

std::vector<RowError> batch_errors(db::Connection& c, std::int64_t id, std::int64_t limit, std::int64_t offset) {
  std::vector<RowError> out;
  for (const auto& r : c.query(sql::kErrors, {id, limit < 0 ? std::int64_t{1} << 40 : limit, offset}))
    out.push_back({r.i64(0), r.text(1), r.text(2), r.text(3)});
  return out;
}

std::int64_t batch_error_count(db::Connection& c, std::int64_t id) { return c.query_one(sql::kErrorCount, {id})->i64(0); }

namespace {

void require_applicable(const BatchSummary& batch, bool only_valid_rows) {
  if (batch.status != "validated") throw ApiError(Err::InvalidState, "该批次已经导入过，不能重复导入");
  if (batch.invalid_rows > 0 && !only_valid_rows)
    throw ApiError(Err::Conflict, "文件中有 " + std::to_string(batch.invalid_rows) + " 行错误：请改正后重新上传，或只导入正确的行",
                   "only_valid_rows");
}

struct ApplyCounts {
  std::int64_t applied = 0, failed = 0;
};

// Checks each valid row again (the database may have changed since the upload) and creates its record.
ApplyCounts apply_valid_rows(db::Connection& c, const ImportKind& kind, const Importer& who, std::int64_t id,
                             bool only_valid_rows) {
  ApplyCounts n;
  std::int64_t seq = c.query_one(sql::kNextErrorSeq, {id})->i64(0);
  for (const auto& r : c.query(sql::kValidRows, {id})) {
    std::int64_t line = r.i64(0);
    auto data = json::parse(r.text(1)).as_object();
    try {
      kind.check(who, c, data);
    } catch (const ApiError& e) {
      if (!only_valid_rows)
        throw ApiError(Err::Conflict, "第" + std::to_string(line) + "行已不再有效（" + e.message_zh() + "），请重新上传", e.field());
      insert_error(c, id, seq++, error_of(line, e));
      c.exec(sql::kRowFailed, {id, line});
      ++n.failed;
      continue;
    }
    c.exec(sql::kRowApplied, {id, line, kind.create(who, c, data)});
    ++n.applied;
  }
  return n;
}

}  // namespace

BatchSummary apply_batch(db::Database& db, const ImportKind& kind, const Importer& who, std::int64_t id,
                         bool only_valid_rows) {
  if (kind.prepare) kind.prepare(who);
  auto c = db.write();
  db::Transaction tx(*c);
  auto batch = find_batch(*c, id);
  if (!batch) throw ApiError(Err::NotFound);
  require_applicable(*batch, only_valid_rows);
  // Claimed inside the transaction: of two concurrent applies, one finds the batch no longer "validated".
  if (c->exec(sql::kClaim, {id}) != 1) throw ApiError(Err::InvalidState, "该批次已经导入过，不能重复导入");
  auto n = apply_valid_rows(*c, kind, who, id, only_valid_rows);
  c->exec(sql::kFinish, {id, n.applied, who.now, who.principal ? db::Value(who.user_id()) : db::kNull,
                         batch->valid_rows - n.failed, batch->invalid_rows + n.failed});
  auto done = find_batch(*c, id);
  tx.commit();
  return *done;
}

json::object batch_json(const BatchSummary& b) {
  json::object options;
  for (const auto& [k, v] : b.options) options[k] = v;
  return json::object{{"id", b.id},
                      {"kind", b.kind},
                      {"status", b.status},
                      {"status_name", b.status == "applied" ? "已导入" : "已校验，待导入"},
                      {"filename", b.filename},
                      {"format", b.format},
                      {"options", std::move(options)},
                      {"total_rows", b.total_rows},
                      {"valid_rows", b.valid_rows},
                      {"invalid_rows", b.invalid_rows},
                      {"applied_rows", b.applied_rows},
                      {"created_at", api::iso_time(b.created_at)},
                      {"applied_at", api::iso_time_or_null(b.applied_at)}};
}

json::object row_error_json(const RowError& e, const ImportKind& kind) {
  std::string column;
  for (const auto& f : kind.fields)
    if (f.key == e.field) column = f.label;
  return json::object{{"line", e.line}, {"field", e.field}, {"column", column}, {"code", e.code}, {"message", e.message}};
}

}  // namespace kc::imports
