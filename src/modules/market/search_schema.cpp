#include "modules/market/search_schema.hpp"

#include "modules/market/search_index.hpp"
#include "modules/market/search_targets.hpp"
#include "search/fts_query.hpp"

namespace kc::market {
namespace {

const std::vector<search::WeightedColumn>& fts_columns() {
  static const std::vector<search::WeightedColumn> k{
      {"tok_title", 10}, {"tok_keywords", 5}, {"tok_body", 1}, {"tok_chars", 2}};
  return k;
}

// Listings published before this migration get their character tokens from their title and keywords.
void fill_listing_chars(db::Connection& c) {
  static const db::Query kPublished{"market.m041_published",
                                    "SELECT id, title, keywords FROM market_listings WHERE status = 'published'"};
  static const db::Query kStore{"market.m041_store_chars", "UPDATE market_listings SET tok_chars = $2 WHERE id = $1"};
  for (const auto& r : c.query(kPublished)) c.exec(kStore, {r.i64(0), han_char_tokens(r.text(1) + r.text(2))});
}

// SQLite: the FTS5 tables of demands and achievements are rebuilt with the tok_chars column (FTS5 tables cannot
// be altered); the expert and agency tables are new. The published rows are copied from the token columns.
void create_sqlite_structures(db::Connection& c) {
  for (const SearchTarget* t : all_search_targets()) {
    c.exec_script("DROP TABLE IF EXISTS " + std::string(t->fts_table));
    c.exec_script(search::fts5_create_table_sql(t->fts_table, fts_columns()));
    c.exec_script("INSERT INTO " + std::string(t->fts_table) +
                  " (rowid, tok_title, tok_keywords, tok_body, tok_chars) SELECT id, tok_title, tok_keywords, "
                  "tok_body, tok_chars FROM " + std::string(t->table) + " WHERE " + std::string(t->kind_column) +
                  " = '" + std::string(t->code) + "' AND status = 'published'");
  }
}

// PostgreSQL: listings keep their weighted `tsv` (views depend on it) and get a second generated vector for the
// characters; profiles get both. GIN indexes on each.
void create_pg_structures(db::Connection& c) {
  c.exec_script("ALTER TABLE market_profiles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (" +
                search::pg_tsvector_expression(std::vector<search::WeightedColumn>(fts_columns().begin(),
                                                                                    fts_columns().begin() + 3)) +
                ") STORED");
  c.exec_script("CREATE INDEX market_profiles_tsv ON market_profiles USING GIN (tsv)");
  for (std::string table : {"market_listings", "market_profiles"}) {
    c.exec_script("ALTER TABLE " + table +
                  " ADD COLUMN tsv_chars tsvector GENERATED ALWAYS AS (to_tsvector('simple', tok_chars)) STORED");
    c.exec_script("CREATE INDEX " + table + "_tsv_chars ON " + table + " USING GIN (tsv_chars)");
  }
}

// Suggestions: one row per (target, term, record); prefix lookups are range scans of the primary key, which
// needs byte order (COLLATE "C" in PostgreSQL; SQLite's default BINARY already is).
void create_suggest_table(db::Connection& c) {
  bool pg = c.dialect() == db::Dialect::Postgres;
  c.exec_script(std::string("CREATE TABLE market_suggest (target TEXT NOT NULL, term TEXT ") +
                (pg ? "COLLATE \"C\" " : "") +
                "NOT NULL, record_id BIGINT NOT NULL, display TEXT NOT NULL, PRIMARY KEY (target, term, record_id))");
}

void search_v2(db::Connection& c) {
  fill_listing_chars(c);
  if (c.dialect() == db::Dialect::Sqlite) create_sqlite_structures(c);
  else create_pg_structures(c);
  create_suggest_table(c);
}

// SQLite: what the search's join reads per match (search_query.cpp). Measured at 200,000 records, a query matching
// 42,000 of them: 0.18–0.23 s through the table's rows, 0.10–0.15 s through this index (the match alone: 0.10 s).
// PostgreSQL filters the bitmap of its GIN index with the heap rows and does not need it.
void create_filter_indexes(db::Connection& c) {
  if (c.dialect() != db::Dialect::Sqlite) return;
  c.exec_script(
      "CREATE INDEX market_listings_search_filters ON market_listings (id, type, status, hightech_field, "
      "industry_code, region_code, mode, maturity, reviewed_at)");
  c.exec_script(
      "CREATE INDEX market_profiles_search_filters ON market_profiles (id, kind, status, fields, industries, "
      "region_code, reviewed_at)");
}

}  // namespace

std::vector<db::Migration> search_migrations() {
  return {
      // Experts (专家) and technology-transfer agencies (技术转移机构). Code lists are comma-framed
      // (",10101,20301,"). org_id links a registry organisation (optional for experts); owner_org_id is the
      // organisation that submitted the profile (NULL when bureau staff did).
      {"market/040_profiles",
       R"(CREATE TABLE market_profiles (
            id {{ID}},
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            org_id BIGINT,
            org_name TEXT NOT NULL DEFAULT '',
            professional_title TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL,
            industries TEXT NOT NULL DEFAULT ',',
            keywords TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL,
            region_code TEXT NOT NULL,
            contact_name TEXT NOT NULL,
            contact_phone TEXT NOT NULL,
            contact_email TEXT NOT NULL DEFAULT '',
            external_id TEXT,
            owner_org_id BIGINT,
            status TEXT NOT NULL,
            reject_reason TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            created_by BIGINT NOT NULL,
            reviewed_at BIGINT,
            reviewed_by BIGINT,
            tok_title TEXT NOT NULL DEFAULT '',
            tok_keywords TEXT NOT NULL DEFAULT '',
            tok_body TEXT NOT NULL DEFAULT '',
            tok_chars TEXT NOT NULL DEFAULT '');
          CREATE INDEX market_profiles_kind_status ON market_profiles (kind, status);
          CREATE INDEX market_profiles_region ON market_profiles (region_code);
          CREATE UNIQUE INDEX market_profiles_external ON market_profiles (kind, external_id);)"},
      {"market/041_search_v2", "ALTER TABLE market_listings ADD COLUMN tok_chars TEXT NOT NULL DEFAULT ''", search_v2},
      {"market/042_search_filter_index", "SELECT 1", create_filter_indexes},
  };
}

}  // namespace kc::market
