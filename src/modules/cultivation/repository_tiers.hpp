#pragma once
// Named SQL of the tier policy versions (cultivation_tier_policies). Rows are only ever inserted.
#include "db/db.hpp"

namespace kc::cultivation::sql {

using db::Query;

#define KC_TIER_POLICY_FIELDS "t.id, t.tier, t.region_code, t.version, t.parameters, t.effective_from, t.basis"
#define KC_TIER_POLICY_COLUMNS                                                                                  \
  KC_TIER_POLICY_FIELDS ", t.created_by, COALESCE(u.display_name, ''), t.created_at "                           \
  "FROM cultivation_tier_policies t LEFT JOIN users u ON u.id = t.created_by "

// Every version (a small table: a few per tier and region), for resolving the policy in force. Without the
// users join: the yearly run also works on a database of the cultivation tables alone.
inline const Query kTierPolicyAll{"cultivation.tier_policy_all",
                                  "SELECT " KC_TIER_POLICY_FIELDS " FROM cultivation_tier_policies t ORDER BY t.id"};
// $1 tier, $2 and $3 regions (the region and its city; the same twice for a city).
inline const Query kTierPolicyVersions{
    "cultivation.tier_policy_versions",
    "SELECT " KC_TIER_POLICY_COLUMNS "WHERE t.tier = $1 AND t.region_code IN ($2, $3) "
    "ORDER BY t.effective_from DESC, t.version DESC"};
inline const Query kTierPolicyById{"cultivation.tier_policy_by_id", "SELECT " KC_TIER_POLICY_COLUMNS "WHERE t.id = $1"};
inline const Query kTierPolicyNextVersion{
    "cultivation.tier_policy_next_version",
    "SELECT COALESCE(MAX(version), 0) + 1 FROM cultivation_tier_policies WHERE tier = $1 AND region_code = $2"};
// $1 tier, $2 region, $3 version, $4 parameters (JSON), $5 effective_from, $6 basis, $7 created_by, $8 created_at.
inline const Query kTierPolicyInsert{
    "cultivation.tier_policy_insert",
    "INSERT INTO cultivation_tier_policies (tier, region_code, version, parameters, effective_from, basis, created_by, "
    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"};

}  // namespace kc::cultivation::sql
