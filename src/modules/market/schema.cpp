// Schema of the technology market: technology contracts filed for 认定登记 (registration), their non-technical
// cost items, and the per-registrar, per-year serials of registration numbers.
#include "modules/market/schema.hpp"

#include "modules/market/matching.hpp"
#include "modules/market/search_index.hpp"

namespace kc::market {

std::vector<db::Migration> migrations() {
  return {
      {"market/001_tech_contracts",
       R"(CREATE TABLE market_contracts (
            id {{ID}},
            title TEXT NOT NULL,
            category TEXT NOT NULL,
            sub_type TEXT NOT NULL,
            license_scope TEXT,
            license_years INTEGER NOT NULL DEFAULT 0,
            related_to_main INTEGER NOT NULL DEFAULT 0,
            ip_kind TEXT NOT NULL,
            hightech_field TEXT NOT NULL,
            signed_on TEXT NOT NULL,
            valid_from TEXT NOT NULL DEFAULT '',
            valid_until TEXT NOT NULL DEFAULT '',
            seller_org_id BIGINT NOT NULL,
            seller_name TEXT NOT NULL,
            seller_credit_code TEXT NOT NULL,
            seller_region TEXT NOT NULL,
            buyer_name TEXT NOT NULL,
            buyer_credit_code TEXT NOT NULL,
            buyer_region TEXT NOT NULL,
            total_fen BIGINT NOT NULL,
            non_technical_fen BIGINT NOT NULL,
            technical_fen BIGINT NOT NULL,
            status TEXT NOT NULL,
            filed_at BIGINT NOT NULL,
            filed_by BIGINT NOT NULL,
            decided_at BIGINT,
            decided_by BIGINT,
            registrar_region TEXT NOT NULL DEFAULT '',
            registration_number TEXT UNIQUE,
            registration_year INTEGER,
            refuse_reason TEXT NOT NULL DEFAULT '');
          CREATE INDEX market_contracts_seller_region ON market_contracts (seller_region);
          CREATE INDEX market_contracts_buyer_region ON market_contracts (buyer_region);
          CREATE INDEX market_contracts_seller_org ON market_contracts (seller_org_id);
          CREATE INDEX market_contracts_year ON market_contracts (status, registration_year);
          CREATE TABLE market_contract_costs (
            contract_id BIGINT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            description TEXT NOT NULL,
            amount_fen BIGINT NOT NULL,
            PRIMARY KEY (contract_id, seq));
          CREATE TABLE market_registration_serials (
            region_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            last_serial BIGINT NOT NULL,
            PRIMARY KEY (region_code, year));)"},
      // Demands (技术需求) and achievements (科技成果) share one table: the columns of the other type stay empty.
      // The search structures differ per backend and are created by create_search_schema.
      {"market/002_listings",
       R"(CREATE TABLE market_listings (
            id {{ID}},
            type TEXT NOT NULL,
            org_id BIGINT NOT NULL,
            org_name TEXT NOT NULL,
            org_region TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '',
            hightech_field TEXT NOT NULL,
            industry_code TEXT,
            region_code TEXT NOT NULL,
            mode TEXT NOT NULL,
            budget_min_fen BIGINT,
            budget_max_fen BIGINT,
            deadline TEXT NOT NULL DEFAULT '',
            maturity TEXT NOT NULL DEFAULT '',
            patents TEXT NOT NULL DEFAULT '',
            price_fen BIGINT,
            team TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL,
            contact_phone TEXT NOT NULL,
            external_id TEXT,
            status TEXT NOT NULL,
            reject_reason TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            created_by BIGINT NOT NULL,
            reviewed_at BIGINT,
            reviewed_by BIGINT,
            tok_title TEXT NOT NULL DEFAULT '',
            tok_keywords TEXT NOT NULL DEFAULT '',
            tok_body TEXT NOT NULL DEFAULT '');
          CREATE INDEX market_listings_type_status ON market_listings (type, status);
          CREATE INDEX market_listings_org_region ON market_listings (org_region);
          CREATE UNIQUE INDEX market_listings_external ON market_listings (type, external_id);)",
       create_search_schema},
      matches_migration(),
  };
}

}  // namespace kc::market
