#include "audit/chain_verifier.hpp"

#include <gtest/gtest.h>

namespace kc::audit {
namespace {

// A correct chain of n entries and the head that goes with it.
struct Chain {
  std::vector<AuditEntry> entries;
  ChainHead head;
};

AuditEntry linked(std::int64_t seq, const std::string& prev_hash, std::string summary) {
  AuditEntry e;
  e.seq = seq;
  e.time_ms = 1795000000000 + seq * 1000;
  e.username = "admin";
  e.action = "user.create";
  e.summary = std::move(summary);
  e.result = "success";
  e.prev_hash = prev_hash;
  e.hash = chain_hash(prev_hash, e);
  return e;
}

Chain build_chain(int n) {
  Chain c;
  std::string prev(kGenesisHash);
  for (int i = 1; i <= n; ++i) {
    c.entries.push_back(linked(i, prev, "第" + std::to_string(i) + "条"));
    prev = c.entries.back().hash;
  }
  c.head = {n, prev};
  return c;
}

std::vector<std::string> described(const VerifyResult& r) {
  std::vector<std::string> out;
  for (const Problem& p : r.problems) out.push_back(p.describe());
  return out;
}

using Lines = std::vector<std::string>;

TEST(ChainVerifier, IntactChainsPass) {
  for (int n : {0, 1, 5}) {
    Chain c = build_chain(n);
    VerifyResult r = verify_chain(c.entries, c.head);
    EXPECT_TRUE(r.ok()) << n;
    EXPECT_EQ(r.checked, n);
  }
}

TEST(ChainVerifier, EditedEntryIsNamedOnce) {
  Chain c = build_chain(5);
  c.entries[2].summary = "改过";
  EXPECT_EQ(described(verify_chain(c.entries, c.head)), Lines{"entry 3: edited (hash mismatch)"});
}

TEST(ChainVerifier, EditedAndRehashedEntryIsFoundByTheNextLink) {
  Chain c = build_chain(5);
  c.entries[1] = linked(2, c.entries[0].hash, "伪造");
  EXPECT_EQ(described(verify_chain(c.entries, c.head)), Lines{"entry 2: replaced (entry 3 does not link to its hash)"});
}

TEST(ChainVerifier, RehashedLastEntryIsFoundByTheHead) {
  Chain c = build_chain(3);
  c.entries[2] = linked(3, c.entries[1].hash, "伪造");
  EXPECT_EQ(described(verify_chain(c.entries, c.head)), Lines{"entry 3: replaced (hash differs from the recorded head)"});
}

TEST(ChainVerifier, DeletedEntriesAreAGap) {
  Chain c = build_chain(8);
  c.entries.erase(c.entries.begin() + 3, c.entries.begin() + 6);  // seq 4, 5, 6
  EXPECT_EQ(described(verify_chain(c.entries, c.head)), Lines{"entries 4-6: deleted (gap in the sequence)"});
  Chain first = build_chain(3);
  first.entries.erase(first.entries.begin());
  EXPECT_EQ(described(verify_chain(first.entries, first.head)), Lines{"entry 1: deleted (gap in the sequence)"});
}

TEST(ChainVerifier, DeletedTailIsFoundByTheHead) {
  Chain c = build_chain(5);
  c.entries.resize(3);
  EXPECT_EQ(described(verify_chain(c.entries, c.head)),
            Lines{"entries 4-5: deleted (missing at the end, the head records 5)"});
  c.entries.clear();
  EXPECT_EQ(described(verify_chain(c.entries, c.head)),
            Lines{"entries 1-5: deleted (missing at the end, the head records 5)"});
}

TEST(ChainVerifier, InsertedEntriesAreNamed) {
  Chain c = build_chain(3);
  // A well-formed entry after the head: only the head shows it was never appended.
  c.entries.push_back(linked(4, c.head.last_hash, "伪造"));
  EXPECT_EQ(described(verify_chain(c.entries, c.head)), Lines{"entry 4: inserted (after the recorded head)"});
  // An entry slipped in before the first one.
  Chain d = build_chain(2);
  d.entries.insert(d.entries.begin(), linked(0, std::string(kGenesisHash), "伪造"));
  EXPECT_EQ(described(verify_chain(d.entries, d.head)), Lines{"entry 0: inserted (sequence number out of order)"});
  // A first entry that does not start at the genesis hash.
  Chain e = build_chain(1);
  e.entries[0] = linked(1, std::string(64, 'a'), "伪造");
  e.head.last_hash = e.entries[0].hash;
  EXPECT_EQ(described(verify_chain(e.entries, e.head)), Lines{"entry 1: inserted (link to the previous entry broken)"});
}

TEST(ChainVerifier, MissingHeadIsReported) {
  Chain c = build_chain(2);
  EXPECT_EQ(described(verify_chain(c.entries, std::nullopt)), Lines{"audit head missing (the audit_head row is gone)"});
}

TEST(ChainVerifier, ProblemListIsCapped) {
  Chain c = build_chain(static_cast<int>(ChainVerifier::kMaxProblems) + 5);
  const std::string edited = "edited";
  for (AuditEntry& e : c.entries) e.summary = edited;
  VerifyResult r = verify_chain(c.entries, c.head);
  EXPECT_EQ(r.problems.size(), ChainVerifier::kMaxProblems);
  EXPECT_TRUE(r.truncated);
}

}  // namespace
}  // namespace kc::audit
