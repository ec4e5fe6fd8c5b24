#pragma once
// Named SQL of the market module. Scoped statements take the registry's scope parameters as $1..$4
// (registry::scope_params): all, region prefix, own organisation, assigned expert.
#include "db/db.hpp"

namespace kc::market::sql {

using db::Query;

// Over alias k. Bureau staff see the contracts whose SELLER is in their jurisdiction (where they are registered);
// organisations see the contracts they filed; experts those assigned to them.
#define KC_CONTRACT_SCOPE                                                                                  \
  " ($1 = 1 OR ($2 <> '' AND substr(k.seller_region, 1, length($2)) = $2) OR k.seller_org_id = $3 OR "   \
  "k.id IN (SELECT record_id FROM record_assignments WHERE user_id = $4 AND record_type = 'tech_contract')) "

#define KC_CONTRACT_COLUMNS                                                                                  \
  "k.id, k.title, k.category, k.sub_type, k.license_scope, k.license_years, k.related_to_main, k.ip_kind, "  \
  "k.hightech_field, k.signed_on, k.valid_from, k.valid_until, k.seller_org_id, k.seller_name, "              \
  "k.seller_credit_code, k.seller_region, k.buyer_name, k.buyer_credit_code, k.buyer_region, k.total_fen, "   \
  "k.non_technical_fen, k.technical_fen, k.status, k.filed_at, k.decided_at, k.registration_number, "        \
  "k.refuse_reason"

inline const Query kContractInScope{
    "market.contract_scoped", "SELECT " KC_CONTRACT_COLUMNS " FROM market_contracts k WHERE k.id = $5 AND" KC_CONTRACT_SCOPE};

// Filters: $5 status ('' any), $6 title/party fragment (LIKE-escaped), $7 registration year (0 any); $8 limit, $9 offset.
#define KC_CONTRACT_LIST_WHERE                                                                              \
  " FROM market_contracts k WHERE" KC_CONTRACT_SCOPE "AND ($5 = '' OR k.status = $5) AND ($6 = '' OR "     \
  "k.title LIKE '%' || $6 || '%' ESCAPE '\\' OR k.seller_name LIKE '%' || $6 || '%' ESCAPE '\\' OR "        \
  "k.buyer_name LIKE '%' || $6 || '%' ESCAPE '\\') AND ($7 = 0 OR k.registration_year = $7) "
inline const Query kContractList{"market.contract_list",
                                 "SELECT " KC_CONTRACT_COLUMNS KC_CONTRACT_LIST_WHERE "ORDER BY k.id DESC LIMIT $8 OFFSET $9"};
inline const Query kContractCount{"market.contract_count",
                                  "SELECT COUNT(*)" KC_CONTRACT_LIST_WHERE "AND $8 >= 0 AND $9 >= 0"};

inline const Query kInsertContract{
    "market.contract_insert",
    "INSERT INTO market_contracts (title, category, sub_type, license_scope, license_years, related_to_main, ip_kind, "
    "hightech_field, signed_on, valid_from, valid_until, seller_org_id, seller_name, seller_credit_code, "
    "seller_region, buyer_name, buyer_credit_code, buyer_region, total_fen, non_technical_fen, technical_fen, "
    "status, filed_at, filed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
    "$17, $18, $19, $20, $21, 'pending', $22, $23) RETURNING id"};
inline const Query kInsertCost{
    "market.cost_insert",
    "INSERT INTO market_contract_costs (contract_id, seq, kind, description, amount_fen) VALUES ($1, $2, $3, $4, $5)"};
inline const Query kCostsOf{
    "market.costs_of", "SELECT kind, description, amount_fen FROM market_contract_costs WHERE contract_id = $1 ORDER BY seq"};
inline const Query kSellerOrg{"market.seller_org",
                              "SELECT name, credit_code, region_code, status FROM orgs WHERE id = $1"};

// The next serial of a registrar's year, atomically inside the registering transaction.
inline const Query kNextSerial{
    "market.next_serial",
    "INSERT INTO market_registration_serials (region_code, year, last_serial) VALUES ($1, $2, 1) "
    "ON CONFLICT (region_code, year) DO UPDATE SET last_serial = market_registration_serials.last_serial + 1 "
    "RETURNING last_serial"};
inline const Query kRegister{
    "market.contract_register",
    "UPDATE market_contracts SET status = 'registered', decided_at = $2, decided_by = $3, registrar_region = $4, "
    "registration_number = $5, registration_year = $6 WHERE id = $1 AND status = 'pending'"};
inline const Query kRefuse{
    "market.contract_refuse",
    "UPDATE market_contracts SET status = 'refused', decided_at = $2, decided_by = $3, registrar_region = $4, "
    "refuse_reason = $5 WHERE id = $1 AND status = 'pending'"};
// The region of the registrar who decided (for the registration certificate).
inline const Query kRegistrarRegion{"market.registrar_region",
                                    "SELECT registrar_region FROM market_contracts WHERE id = $1"};

// Statistics of registered contracts by year: 输出 by the seller's region, 吸纳 by the buyer's region, within the
// caller's region scope ($1 all, $2 region prefix; $3 year).
#define KC_STATS_SELECT(region)                                                                               \
  "SELECT " region ", COUNT(*), CAST(SUM(total_fen) AS BIGINT), CAST(SUM(technical_fen) AS BIGINT) "         \
  "FROM market_contracts WHERE status = 'registered' AND registration_year = $3 AND ($1 = 1 OR ($2 <> '' AND " \
  "substr(" region ", 1, length($2)) = $2)) GROUP BY " region " ORDER BY " region
inline const Query kStatsOutput{"market.stats_output", KC_STATS_SELECT("seller_region")};
inline const Query kStatsAbsorbed{"market.stats_absorbed", KC_STATS_SELECT("buyer_region")};

}  // namespace kc::market::sql
