#include "audit/audit_entry.hpp"

#include "audit/sm3.hpp"

namespace kc::audit {
namespace {

void append_field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ',';
}

std::string number_text(std::optional<std::int64_t> n) { return n ? std::to_string(*n) : std::string(); }

}  // namespace

std::string canonical_form(std::string_view prev_hash, const AuditEntry& e) {
  std::string out = "kc-audit-v1;";
  append_field(out, prev_hash);
  append_field(out, number_text(e.seq));
  append_field(out, number_text(e.time_ms));
  append_field(out, number_text(e.user_id));
  append_field(out, e.username);
  append_field(out, number_text(e.org_id));
  for (const std::string* field : {&e.client_ip, &e.action, &e.target_type, &e.target_id, &e.summary, &e.result})
    append_field(out, *field);
  return out;
}

std::string chain_hash(std::string_view prev_hash, const AuditEntry& entry) {
  return sm3_hex(canonical_form(prev_hash, entry));
}

}  // namespace kc::audit
