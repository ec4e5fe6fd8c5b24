#pragma once
// One entry of the append-only audit trail and its place in the SM3 hash chain:
//   hash(n) = SM3( canonical(prev_hash = hash(n-1), entry n) ),   hash(0) = kGenesisHash.
// Editing, deleting or inserting an entry breaks the chain from that point (see chain_verifier.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kc::audit {

// The prev_hash of the first entry.
inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEntry {
  std::int64_t id = 0;   // storage row id (not hashed: a storage detail)
  std::int64_t seq = 0;  // position in the chain, 1, 2, 3 … without gaps; assigned by append()
  std::int64_t time_ms = 0;
  std::optional<std::int64_t> user_id;
  std::string username;
  std::optional<std::int64_t> org_id;
  std::string client_ip;
  std::string action;       // e.g. "org.approve"
  std::string target_type;  // e.g. "org"
  std::string target_id;
  std::string summary;      // Chinese, for people
  std::string result;       // "success" | "failure" | …
  std::string prev_hash;
  std::string hash;
};

// The unambiguous byte string that is hashed: a version tag, then every hashed field as a netstring
// ("<byte length>:<bytes>,"), in a fixed order; an absent optional is the empty string, which no number spells.
std::string canonical_form(std::string_view prev_hash, const AuditEntry& entry);

// SM3 hex of canonical_form(prev_hash, entry). entry.prev_hash and entry.hash are ignored.
std::string chain_hash(std::string_view prev_hash, const AuditEntry& entry);

}  // namespace kc::audit
