#include "audit/audit_entry.hpp"

#include <gtest/gtest.h>

#include "audit/sm3.hpp"

namespace kc::audit {
namespace {

TEST(Sm3, StandardTestVectors) {
  // GB/T 32905-2016 附录 A, examples 1 and 2.
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  std::string abcd16;
  for (int i = 0; i < 16; ++i) abcd16 += "abcd";
  EXPECT_EQ(sm3_hex(abcd16), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
}

AuditEntry sample() {
  AuditEntry e;
  e.seq = 7;
  e.time_ms = 1795000000000;
  e.user_id = 3;
  e.username = "zhang";
  e.org_id = 12;
  e.client_ip = "10.0.0.5";
  e.action = "org.approve";
  e.target_type = "org";
  e.target_id = "42";
  e.summary = "审核通过：平顶山市华瑞新材料科技有限公司";
  e.result = "success";
  return e;
}

TEST(ChainHash, CoversEveryHashedFieldAndThePreviousHash) {
  AuditEntry base = sample();
  std::string h = chain_hash(kGenesisHash, base);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_NE(chain_hash(std::string(63, '0') + "1", base), h);
  auto differs = [&](auto change) {
    AuditEntry e = base;
    change(e);
    return chain_hash(kGenesisHash, e) != h;
  };
  EXPECT_TRUE(differs([](AuditEntry& e) { e.seq = 8; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.time_ms += 1; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.user_id.reset(); }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.username = "li"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.org_id = 13; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.client_ip = "10.0.0.6"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.action = "org.reject"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.target_type = "user"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.target_id = "43"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.summary += "。"; }));
  EXPECT_TRUE(differs([](AuditEntry& e) { e.result = "failure"; }));
  // Storage details are not hashed.
  EXPECT_FALSE(differs([](AuditEntry& e) { e.id = 99; }));
  EXPECT_FALSE(differs([](AuditEntry& e) { e.hash = "x"; }));
}

TEST(ChainHash, FieldBoundariesCannotBeShifted) {
  // Moving text from one field to the next must change the serialisation (length prefixes).
  // (std::string values rather than literals dodge a GCC 12 -Wrestrict false positive.)
  AuditEntry a = sample(), b = sample();
  a.target_type = std::string("org");
  a.target_id = std::string("42");
  b.target_type = std::string("org4");
  b.target_id = std::string("2");
  EXPECT_NE(canonical_form(kGenesisHash, a), canonical_form(kGenesisHash, b));
  // An absent user differs from user 0.
  a = sample();
  b = sample();
  a.user_id.reset();
  b.user_id = 0;
  EXPECT_NE(chain_hash(kGenesisHash, a), chain_hash(kGenesisHash, b));
}

}  // namespace
}  // namespace kc::audit
