#pragma once
// Named SQL of import batches.
#include "db/db.hpp"

namespace kc::imports::sql {

using db::Query;

#define KC_BATCH_COLUMNS                                                                                     \
  "id, kind, status, filename, format, options, created_by, total_rows, valid_rows, invalid_rows, "          \
  "applied_rows, created_at, applied_at"

inline const Query kInsertBatch{
    "imports.batch_insert",
    "INSERT INTO import_batches (kind, status, filename, format, options, created_by, total_rows, valid_rows, "
    "invalid_rows, applied_rows, created_at) VALUES ($1, 'validated', $2, $3, $4, $5, $6, $7, $8, 0, $9) RETURNING id"};
inline const Query kInsertRow{"imports.row_insert",
                              "INSERT INTO import_rows (batch_id, line, data, valid) VALUES ($1, $2, $3, $4)"};
inline const Query kInsertError{
    "imports.error_insert",
    "INSERT INTO import_errors (batch_id, seq, line, field, code, message) VALUES ($1, $2, $3, $4, $5, $6)"};
inline const Query kBatch{"imports.batch_get", "SELECT " KC_BATCH_COLUMNS " FROM import_batches WHERE id = $1"};
inline const Query kErrors{"imports.errors",
                           "SELECT line, field, code, message FROM import_errors WHERE batch_id = $1 "
                           "ORDER BY line, seq LIMIT $2 OFFSET $3"};
inline const Query kErrorCount{"imports.error_count", "SELECT COUNT(*) FROM import_errors WHERE batch_id = $1"};
inline const Query kNextErrorSeq{"imports.error_next_seq",
                                 "SELECT COALESCE(MAX(seq), 0) + 1 FROM import_errors WHERE batch_id = $1"};
inline const Query kValidRows{"imports.valid_rows",
                              "SELECT line, data FROM import_rows WHERE batch_id = $1 AND valid = 1 ORDER BY line"};
// Taking the batch for applying: only one caller can move it out of "validated".
inline const Query kClaim{"imports.claim",
                          "UPDATE import_batches SET status = 'applied' WHERE id = $1 AND status = 'validated'"};
inline const Query kRowApplied{"imports.row_applied",
                               "UPDATE import_rows SET record_id = $3 WHERE batch_id = $1 AND line = $2"};
inline const Query kRowFailed{"imports.row_failed",
                              "UPDATE import_rows SET valid = 0 WHERE batch_id = $1 AND line = $2"};
inline const Query kFinish{
    "imports.finish",
    "UPDATE import_batches SET applied_rows = $2, applied_at = $3, applied_by = $4, valid_rows = $5, "
    "invalid_rows = $6 WHERE id = $1"};

}  // namespace kc::imports::sql
