#include "audit/chain_verifier.hpp"

namespace kc::audit {
namespace {

std::string_view kind_name(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::Edited: return "edited";
    case ProblemKind::Replaced: return "replaced";
    case ProblemKind::Deleted: return "deleted";
    case ProblemKind::Inserted: return "inserted";
    case ProblemKind::HeadMissing: return "head missing";
  }
  return "";
}

}  // namespace

std::string Problem::describe() const {
  if (kind == ProblemKind::HeadMissing) return "audit head missing (" + reason + ")";
  std::string who = seq == last_seq ? "entry " + std::to_string(seq)
                                    : "entries " + std::to_string(seq) + "-" + std::to_string(last_seq);
  return who + ": " + std::string(kind_name(kind)) + " (" + reason + ")";
}

ChainVerifier::ChainVerifier(std::optional<ChainHead> head) : head_(std::move(head)) {
  if (!head_) report(0, 0, ProblemKind::HeadMissing, "the audit_head row is gone");
}

void ChainVerifier::report(std::int64_t seq, std::int64_t last_seq, ProblemKind kind, std::string reason) {
  if (result_.problems.size() >= kMaxProblems) {
    result_.truncated = true;
    return;
  }
  result_.problems.push_back({seq, last_seq, kind, std::move(reason)});
}

void ChainVerifier::add(const AuditEntry& e) {
  ++result_.checked;
  if (e.seq < expected_seq_) {  // rows come in seq order, so only a forged seq ≤ 0 can be behind
    report(e.seq, e.seq, ProblemKind::Inserted, "sequence number out of order");
    return;
  }
  if (beyond_head(e.seq)) {  // nothing was ever appended there; the chain state stays at the head
    report(e.seq, e.seq, ProblemKind::Inserted, "after the recorded head");
    return;
  }
  bool hash_valid = chain_hash(e.prev_hash, e) == e.hash;
  check_position_and_link(e, hash_valid);
  if (!hash_valid) report(e.seq, e.seq, ProblemKind::Edited, "hash mismatch");
  if (head_ && e.seq == head_->seq && hash_valid && e.hash != head_->last_hash)
    report(e.seq, e.seq, ProblemKind::Replaced, "hash differs from the recorded head");
  expected_seq_ = e.seq + 1;
  last_seq_ = e.seq;
  last_hash_ = e.hash;
  last_hash_valid_ = hash_valid;
}

void ChainVerifier::check_position_and_link(const AuditEntry& e, bool hash_valid) {
  if (e.seq > expected_seq_) {
    report(expected_seq_, e.seq - 1, ProblemKind::Deleted, "gap in the sequence");
    return;  // the predecessor is gone, so its link cannot be checked
  }
  // A broken link with an entry whose own hash is wrong is that entry's edit, reported as such.
  if (e.prev_hash == last_hash_ || !hash_valid) return;
  if (last_seq_ > 0 && last_hash_valid_) {
    // Both entries are consistent in themselves, so the earlier one was rewritten together with its hash.
    report(last_seq_, last_seq_, ProblemKind::Replaced, "entry " + std::to_string(e.seq) + " does not link to its hash");
  } else {
    report(e.seq, e.seq, ProblemKind::Inserted, "link to the previous entry broken");
  }
}

VerifyResult ChainVerifier::finish() {
  if (head_ && last_seq_ < head_->seq)
    report(last_seq_ + 1, head_->seq, ProblemKind::Deleted,
           "missing at the end, the head records " + std::to_string(head_->seq));
  return std::move(result_);
}

VerifyResult verify_chain(const std::vector<AuditEntry>& entries, std::optional<ChainHead> head) {
  ChainVerifier verifier(std::move(head));
  for (const AuditEntry& e : entries) verifier.add(e);
  return verifier.finish();
}

}  // namespace kc::audit
