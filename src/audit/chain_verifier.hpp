#pragma once
// Checks an audit chain entry by entry, in seq order, in constant memory.
//
// What each tampering looks like:
//   edited entry            its stored hash ≠ the hash of its content                → entry N: edited
//   edited and re-hashed    the next entry's prev_hash ≠ its hash (or, for the last
//                           entry, the head's last_hash ≠ its hash)                    → entry N: replaced
//   deleted entries         a gap in seq                                               → entries N–M: deleted
//   deleted tail            the head records a later seq than the last entry           → entries N–M: deleted
//   inserted entry          seq beyond the head, or out of order                       → entry N: inserted
// Limit: the chain has no secret, so someone who can rewrite every row after the change and the head can
// forge a consistent history. Exporting the head (seq, last_hash) elsewhere from time to time closes that gap.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_entry.hpp"

namespace kc::audit {

// The last appended position and hash, kept in its own row by append().
struct ChainHead {
  std::int64_t seq = 0;
  std::string last_hash{kGenesisHash};
};

enum class ProblemKind { Edited, Replaced, Deleted, Inserted, HeadMissing };

struct Problem {
  std::int64_t seq = 0;       // first entry concerned
  std::int64_t last_seq = 0;  // last entry concerned (== seq for one entry)
  ProblemKind kind = ProblemKind::Edited;
  std::string reason;         // e.g. "hash mismatch"
  // "entry 17: edited (hash mismatch)" / "entries 5-9: deleted (gap in the sequence)".
  std::string describe() const;
};

struct VerifyResult {
  std::int64_t checked = 0;  // entries read
  std::vector<Problem> problems;
  bool truncated = false;    // more problems than kMaxProblems were found; only the first are listed
  bool ok() const { return problems.empty(); }
};

class ChainVerifier {
 public:
  static constexpr std::size_t kMaxProblems = 1000;

  // `head` nullopt: the head row is missing (itself a problem; entries are still checked).
  explicit ChainVerifier(std::optional<ChainHead> head);
  void add(const AuditEntry& entry);
  VerifyResult finish();

 private:
  void check_position_and_link(const AuditEntry& entry, bool hash_valid);
  void report(std::int64_t seq, std::int64_t last_seq, ProblemKind kind, std::string reason);
  bool beyond_head(std::int64_t seq) const { return head_ && seq > head_->seq; }

  std::optional<ChainHead> head_;
  VerifyResult result_;
  std::int64_t expected_seq_ = 1;
  std::int64_t last_seq_ = 0;  // of the last in-order entry within the head
  std::string last_hash_{kGenesisHash};
  bool last_hash_valid_ = true;  // whether the last in-order entry's own hash matched its content
};

// Convenience over a whole list, for tests and small chains.
VerifyResult verify_chain(const std::vector<AuditEntry>& entries, std::optional<ChainHead> head);

}  // namespace kc::audit
