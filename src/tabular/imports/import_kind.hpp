#pragma once
// Bulk import, generic over what is imported: a kind names its fields (the template's columns), checks one row
// and creates its record. The batch machinery (batches.hpp) and the HTTP routes (routes.hpp) do the rest:
// upload → validated batch with row errors, nothing applied → apply (all rows, or only the valid ones) in one
// transaction, once.
#include <boost/json/object.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/context.hpp"
#include "db/db.hpp"
#include "tabular/records.hpp"

namespace kc::imports {

// Who imports and how: a caller of the API, or the command line (no principal: the system itself).
struct Importer {
  std::optional<api::Principal> principal;
  EpochMs now = 0;
  std::string data_dir;
  std::map<std::string, std::string> options;  // the kind's options, e.g. org_credit_code

  std::int64_t user_id() const { return principal ? principal->user_id : 0; }
  std::string option(const std::string& key) const {
    auto it = options.find(key);
    return it == options.end() ? "" : it->second;
  }
};

struct ImportKind {
  std::string name;   // "enterprises", in URLs (?kind=) and stored with the batch
  std::string title;  // "企业", for the template's sheet and the audit trail
  std::vector<tabular::FieldSpec> fields;
  std::vector<std::string> notes;           // general rules shown on the template's notes sheet
  std::vector<std::string> unique_fields;   // values that may appear once per file (credit_code, external_id)
  std::vector<std::string> option_names;    // query parameters of the upload kept with the batch
  // Checks one row against the rules and the database; throws ApiError naming the field. Runs at upload and
  // again at apply (inside the transaction) because the database may have changed in between.
  std::function<void(const Importer&, db::Connection&, const boost::json::object&)> check;
  // Creates the record of a row that passed `check` on the same connection; returns its id.
  std::function<std::int64_t(const Importer&, db::Connection&, const boost::json::object&)> create;
  // Optional: work to do before the write lease is taken (e.g. loading the search dictionary).
  std::function<void(const Importer&)> prepare;
};

}  // namespace kc::imports
