#include "audit/audit_log.hpp"

#include <stdexcept>

namespace kc::audit {
namespace {

const db::Query kAdvanceHead{"audit.advance_head",
                             "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, last_hash"};
const db::Query kSetHeadHash{"audit.set_head_hash", "UPDATE audit_head SET last_hash = $1 WHERE id = 1"};
const db::Query kInsert{"audit.insert",
                        "INSERT INTO audit_log (seq, time_ms, user_id, username, org_id, client_ip, action, "
                        "target_type, target_id, summary, result, prev_hash, hash) "
                        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id"};
const db::Query kReadHead{"audit.read_head", "SELECT seq, last_hash FROM audit_head WHERE id = 1"};
// One statement reads every row and the head from the same snapshot, so entries appended while the scan runs
// are either all seen with their head or not at all.
const db::Query kScan{"audit.scan",
                      "SELECT l.id, l.seq, l.time_ms, l.user_id, l.username, l.org_id, l.client_ip, l.action, "
                      "l.target_type, l.target_id, l.summary, l.result, l.prev_hash, l.hash, "
                      "(SELECT h.seq FROM audit_head h WHERE h.id = 1) AS head_seq, "
                      "(SELECT h.last_hash FROM audit_head h WHERE h.id = 1) AS head_hash "
                      "FROM audit_log l ORDER BY l.seq"};

db::Value optional_value(const std::optional<std::int64_t>& v) { return v ? db::Value(*v) : db::kNull; }

AuditEntry entry_from_row(const db::Row& r) {
  AuditEntry e;
  e.id = r.i64(0);
  e.seq = r.i64(1);
  e.time_ms = r.i64(2);
  e.user_id = r.opt_i64(3);
  e.username = r.text(4);
  e.org_id = r.opt_i64(5);
  e.client_ip = r.text(6);
  e.action = r.text(7);
  e.target_type = r.text(8);
  e.target_id = r.text(9);
  e.summary = r.text(10);
  e.result = r.text(11);
  e.prev_hash = r.text(12);
  e.hash = r.text(13);
  return e;
}

std::optional<ChainHead> head_from(std::optional<std::int64_t> seq, std::optional<std::string> hash) {
  if (!seq || !hash) return std::nullopt;
  return ChainHead{*seq, *hash};
}

}  // namespace

std::vector<db::Migration> migrations() {
  return {
      {"audit/001_log",
       R"(CREATE TABLE audit_log (
            id {{ID}},
            seq BIGINT NOT NULL UNIQUE,
            time_ms BIGINT NOT NULL,
            user_id BIGINT,
            username TEXT NOT NULL DEFAULT '',
            org_id BIGINT,
            client_ip TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            target_type TEXT NOT NULL DEFAULT '',
            target_id TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL);
          CREATE INDEX audit_log_time ON audit_log (time_ms);
          CREATE INDEX audit_log_user ON audit_log (username, time_ms);
          CREATE INDEX audit_log_action ON audit_log (action, time_ms);
          CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, last_hash TEXT NOT NULL);
          INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, ')" +
           std::string(kGenesisHash) + "');"},
  };
}

AuditEntry append(db::Connection& conn, AuditEntry e) {
  auto head = conn.query_one(kAdvanceHead);
  if (!head) throw std::logic_error("audit_head row missing: run the audit migrations");
  e.seq = head->i64(0);
  e.prev_hash = head->text(1);
  e.hash = chain_hash(e.prev_hash, e);
  e.id = conn.query_one(kInsert, {e.seq, e.time_ms, optional_value(e.user_id), e.username, optional_value(e.org_id),
                                  e.client_ip, e.action, e.target_type, e.target_id, e.summary, e.result, e.prev_hash,
                                  e.hash})
             ->i64(0);
  conn.exec(kSetHeadHash, {e.hash});
  return e;
}

AuditEntry append(db::Database& db, AuditEntry entry) {
  auto conn = db.write();
  db::Transaction tx(*conn);
  AuditEntry stored = append(*conn, std::move(entry));
  tx.commit();
  return stored;
}

VerifyResult verify(db::Database& db) {
  auto conn = db.read();
  std::optional<ChainVerifier> verifier;
  conn->for_each(kScan, {}, [&](const db::Row& r) {
    if (!verifier) verifier.emplace(head_from(r.opt_i64(14), r.opt_text(15)));
    verifier->add(entry_from_row(r));
  });
  if (!verifier) {  // no entries at all: the head says whether there should be
    auto head = conn->query_one(kReadHead);
    verifier.emplace(head ? std::optional<ChainHead>(ChainHead{head->i64(0), head->text(1)}) : std::nullopt);
  }
  return verifier->finish();
}

int run_verify_command(db::Database& db, std::ostream& out) {
  VerifyResult result = verify(db);
  if (result.ok()) {
    out << "audit chain OK: " << result.checked << " entries\n";
    return 0;
  }
  for (const Problem& p : result.problems) out << p.describe() << "\n";
  if (result.truncated) out << "(more problems not listed)\n";
  out << "audit chain BROKEN: " << result.problems.size() << " problem(s) in " << result.checked << " entries\n";
  return 1;
}

}  // namespace kc::audit
