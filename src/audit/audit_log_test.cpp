// The audit trail in a real SQLite database, tampered with directly through SQL.
#include "audit/audit_log.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

namespace kc::audit {
namespace {

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("kc_audit_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    db_ = db::open_database("sqlite:" + (dir_ / "audit.db").string(), 2);
    std::ostringstream log;
    db::apply_migrations(*db_, migrations(), log);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  void append_entries(int n) {
    for (int i = 1; i <= n; ++i) {
      AuditEntry e;
      e.time_ms = 1795000000000 + i;
      e.user_id = i % 3 == 0 ? std::nullopt : std::optional<std::int64_t>(i);
      e.username = "user" + std::to_string(i);
      e.client_ip = "127.0.0.1";
      e.action = "org.update";
      e.target_type = "org";
      e.target_id = std::to_string(100 + i);
      e.summary = "修改单位信息 " + std::to_string(i);
      e.result = "success";
      append(*db_, e);
    }
  }

  // Runs tampering SQL as an attacker with database access would.
  void sql(const std::string& statement) { db_->write()->exec_script(statement); }

  std::vector<std::string> problems() {
    std::vector<std::string> out;
    for (const Problem& p : verify(*db_).problems) out.push_back(p.describe());
    return out;
  }

  std::string row_hash(int seq) {
    const db::Query q{"t.hash", "SELECT hash FROM audit_log WHERE seq = $1"};
    return db_->read()->query_one(q, {std::int64_t{seq}})->text(0);
  }

  std::filesystem::path dir_;
  std::unique_ptr<db::Database> db_;
};

using Lines = std::vector<std::string>;

TEST_F(AuditLogTest, AppendAssignsConsecutiveLinkedEntries) {
  AuditEntry first;
  first.action = "auth.login";
  first.result = "success";
  AuditEntry a = append(*db_, first);
  AuditEntry b = append(*db_, first);
  EXPECT_EQ(a.seq, 1);
  EXPECT_EQ(b.seq, 2);
  EXPECT_EQ(a.prev_hash, kGenesisHash);
  EXPECT_EQ(b.prev_hash, a.hash);
  EXPECT_EQ(b.hash, chain_hash(a.hash, b));
  EXPECT_GT(b.id, a.id);
}

TEST_F(AuditLogTest, IntactChainVerifiesAndTheCommandSaysSo) {
  append_entries(20);
  VerifyResult r = verify(*db_);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.checked, 20);
  std::ostringstream out;
  EXPECT_EQ(run_verify_command(*db_, out), 0);
  EXPECT_EQ(out.str(), "audit chain OK: 20 entries\n");
}

TEST_F(AuditLogTest, EntryRolledBackWithTheCallersTransactionLeavesNoTrace) {
  append_entries(2);
  {
    auto conn = db_->write();
    db::Transaction tx(*conn);
    AuditEntry e;
    e.action = "org.delete";
    e.result = "success";
    append(*conn, e);
  }  // rolled back: the head moves back too
  append_entries(1);
  EXPECT_TRUE(verify(*db_).ok());
  EXPECT_EQ(verify(*db_).checked, 3);
}

TEST_F(AuditLogTest, UpdatedSummaryIsNamed) {
  append_entries(20);
  sql("UPDATE audit_log SET summary = '修改单位信息 已篡改' WHERE seq = 17");
  EXPECT_EQ(problems(), Lines{"entry 17: edited (hash mismatch)"});
  std::ostringstream out;
  EXPECT_EQ(run_verify_command(*db_, out), 1);
  EXPECT_EQ(out.str(), "entry 17: edited (hash mismatch)\naudit chain BROKEN: 1 problem(s) in 20 entries\n");
}

TEST_F(AuditLogTest, DeletedMiddleRowIsNamed) {
  append_entries(20);
  sql("DELETE FROM audit_log WHERE seq = 9");
  EXPECT_EQ(problems(), Lines{"entry 9: deleted (gap in the sequence)"});
}

TEST_F(AuditLogTest, DeletedLastRowIsNamed) {
  append_entries(20);
  sql("DELETE FROM audit_log WHERE seq = 20");
  EXPECT_EQ(problems(), Lines{"entry 20: deleted (missing at the end, the head records 20)"});
}

TEST_F(AuditLogTest, ForgedRowAfterTheHeadIsNamed) {
  append_entries(5);
  // The forger even links it correctly and computes its hash; only the head knows it was never appended.
  AuditEntry forged;
  forged.seq = 6;
  forged.time_ms = 1795000009999;
  forged.action = "org.approve";
  forged.result = "success";
  forged.prev_hash = row_hash(5);
  forged.hash = chain_hash(forged.prev_hash, forged);
  sql("INSERT INTO audit_log (seq, time_ms, action, result, prev_hash, hash) VALUES (6, 1795000009999, "
      "'org.approve', 'success', '" + forged.prev_hash + "', '" + forged.hash + "')");
  EXPECT_EQ(problems(), Lines{"entry 6: inserted (after the recorded head)"});
}

TEST_F(AuditLogTest, RowReplacedWithARehashedForgeryIsNamed) {
  append_entries(10);
  AuditEntry forged;
  forged.seq = 4;
  forged.time_ms = 1795000000004;
  forged.action = "org.approve";
  forged.result = "success";
  forged.prev_hash = row_hash(3);
  forged.hash = chain_hash(forged.prev_hash, forged);
  sql("DELETE FROM audit_log WHERE seq = 4");
  sql("INSERT INTO audit_log (seq, time_ms, action, result, prev_hash, hash) VALUES (4, 1795000000004, "
      "'org.approve', 'success', '" + forged.prev_hash + "', '" + forged.hash + "')");
  EXPECT_EQ(problems(), Lines{"entry 4: replaced (entry 5 does not link to its hash)"});
}

TEST_F(AuditLogTest, EmptiedLogIsFoundThroughTheHead) {
  append_entries(3);
  sql("DELETE FROM audit_log");
  EXPECT_EQ(problems(), Lines{"entries 1-3: deleted (missing at the end, the head records 3)"});
}

}  // namespace
}  // namespace kc::audit
