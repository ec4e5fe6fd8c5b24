#pragma once
// HTTP routes of bulk import, mounted by a module under its own base path:
//   GET  {base}/template.xlsx?kind=        the template (Chinese headers, a notes sheet with an example row)
//   POST {base}?kind=&filename=&<options>  upload (raw body) → 201 batch, validated, nothing applied
//   GET  {base}/{id}                        the batch
//   GET  {base}/{id}/errors?page=&page_size=   its row errors; {base}/{id}/errors.xlsx the same as Excel
//   POST {base}/{id}/apply {"only_valid_rows": bool}
// A batch is visible to the user who uploaded it (404 for anyone else) and only under the base of its kind.
#include <string>
#include <vector>

#include "api/api.hpp"
#include "tabular/imports/import_kind.hpp"

namespace kc::imports {

struct ImportEndpoint {
  std::string base;        // "/api/v1/cultivation/imports"
  std::string action;      // "cultivation.imports": actions <action>.template|upload|get|errors|apply
  std::string permission;  // one permission for all of them
  std::vector<const ImportKind*> kinds;  // ?kind= chooses; without it, the only kind
};

void register_import_routes(api::Api& api, ImportEndpoint endpoint);

// Whether a request is an import upload, whose body the server spools to a file like an attachment's.
bool is_import_upload(const std::string& path);

// The template of a kind as .xlsx bytes (a temporary file under `tmp_dir`).
std::string template_xlsx(const ImportKind& kind, const std::string& tmp_dir);

}  // namespace kc::imports
