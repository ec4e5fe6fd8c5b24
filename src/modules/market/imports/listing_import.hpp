#pragma once
// Bulk import of achievements (科技成果) and demands (技术需求), issue 4 "Records and publishing": JSON Lines or
// Excel (or CSV), through the generic batches of src/tabular/imports, from the UI
// (/api/v1/market/imports?kind=achievements|demands) and the command line (`kechuang import`).
//
// Rows are read by the market's own reader (read_listing_input). Whose records they are:
//   organisation users  their own organisation; the records wait for review (pending), like a submission
//   bureau staff, CLI   the organisation named by the row's org_credit_code (or the upload's option of that
//                       name), approved and within the caller's jurisdiction; the records are published at once
//                       and indexed for search, as an approval would
// external_id is kept and unique per type: a value already stored, or repeated in the file, is a row error.
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "auth/roles.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "modules/market/search_index.hpp"
#include "tabular/imports/import_kind.hpp"

namespace kc::market {

const imports::ImportKind& listing_import_kind(ListingType type);

// Grants market.imports to bureau staff and organisation users and mounts the routes.
void register_listing_import(api::Api& api, auth::Permissions& perms);

// `kechuang import achievements|demands --file F [--org-credit-code C]`: validates, prints the summary and the
// row errors, applies the valid rows. Exit status 0 when every row was imported, 2 when some rows failed (the
// good ones are imported), 1 on a fatal error (unreadable file, unknown kind).
int run_import_command(db::Database& db, const Clock& clock, const std::string& data_dir,
                       const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                       std::ostream& out, std::ostream& err);

}  // namespace kc::market
