#pragma once
// Import batches stored server-side: the rows as read, their errors, and the state validated → applied.
#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "db/db.hpp"
#include "db/migrate.hpp"
#include "tabular/imports/import_kind.hpp"

namespace kc::imports {

std::vector<db::Migration> migrations();  // tabular/001_import_batches

struct BatchSummary {
  std::int64_t id = 0;
  std::string kind, status, filename, format;
  std::int64_t created_by = 0;
  std::int64_t total_rows = 0, valid_rows = 0, invalid_rows = 0, applied_rows = 0;
  EpochMs created_at = 0;
  std::optional<EpochMs> applied_at;
  std::map<std::string, std::string> options;
};

// Reads and checks every row; stores the batch (status "validated") with its rows and errors; applies nothing.
// Throws ApiError for a file that cannot be read at all.
std::int64_t validate_upload(db::Database& db, const ImportKind& kind, const Importer& who, std::string_view filename,
                             std::string_view bytes, const tabular::Limits& limits);

std::optional<BatchSummary> find_batch(db::Connection& c, std::int64_t id);

// Errors in line order; `limit` < 0 for all.
std::vector<tabular::RowError> batch_errors(db::Connection& c, std::int64_t id, std::int64_t limit, std::int64_t offset);
std::int64_t batch_error_count(db::Connection& c, std::int64_t id);

// Creates the rows' records in one transaction and marks the batch applied. 409 INVALID_STATE when it was applied
// already; 409 CONFLICT when it has invalid rows and `only_valid_rows` is false, or when a row no longer passes its
// check then (nothing is applied). With `only_valid_rows`, rows that fail at apply time are added to the errors.
BatchSummary apply_batch(db::Database& db, const ImportKind& kind, const Importer& who, std::int64_t id,
                         bool only_valid_rows);

boost::json::object batch_json(const BatchSummary& b);
boost::json::object row_error_json(const tabular::RowError& e, const ImportKind& kind);

}  // namespace kc::imports
