#pragma once
// Bulk import of enterprises (issue 3 "Annual data": "Enterprises can also be imported in bulk from Excel or
// CSV"), through the generic batches of src/tabular/imports:
//   /api/v1/cultivation/imports (template.xlsx, upload, {id}, {id}/errors, {id}/errors.xlsx, {id}/apply)
// Rows are checked by the registry's own reader (registry::read_org_input) and created approved, like an
// organisation a bureau creates by hand. A credit code already registered is a row error: an import never
// overwrites an existing organisation.
#include "api/api.hpp"
#include "auth/roles.hpp"
#include "tabular/imports/import_kind.hpp"

namespace kc::cultivation {

const imports::ImportKind& enterprise_import_kind();

// Grants cultivation.imports to bureau staff and mounts the routes.
void register_enterprise_import(api::Api& api, auth::Permissions& perms);

}  // namespace kc::cultivation
