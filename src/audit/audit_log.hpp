#pragma once
// The audit trail in the database: table audit_log (one row per entry, `seq` = chain position) and
// audit_head (one row: the last seq and hash). Entries are only ever appended.
#include <ostream>
#include <vector>

#include "audit/audit_entry.hpp"
#include "audit/chain_verifier.hpp"
#include "db/db.hpp"
#include "db/migrate.hpp"

namespace kc::audit {

// Creates audit_log and audit_head (with its single row at the genesis hash).
std::vector<db::Migration> migrations();

// Appends `entry` (its id, seq, prev_hash and hash are assigned here) inside the caller's open transaction,
// so the entry commits or rolls back with the action it records. Writers are serialised by the first
// statement, `UPDATE audit_head SET seq = seq + 1 … RETURNING`, which holds the head row's lock on
// PostgreSQL until commit (SQLite has a single writer anyway). Returns the stored entry.
AuditEntry append(db::Connection& conn, AuditEntry entry);

// The same in a transaction of its own (for failures recorded after the action's transaction rolled back).
AuditEntry append(db::Database& db, AuditEntry entry);

// Reads the whole chain in seq order, streaming (constant memory), and checks it against the head.
VerifyResult verify(db::Database& db);

// `kechuang audit verify`: prints "audit chain OK: N entries" or one line per problem; returns the exit code
// (0 when intact, 1 otherwise).
int run_verify_command(db::Database& db, std::ostream& out);

}  // namespace kc::audit
