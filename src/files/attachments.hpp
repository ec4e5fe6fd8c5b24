#pragma once
// Attachments: files bound to a record, stored content-addressed under the data directory. The type is
// decided from the content (libmagic), never from the name; no client-supplied text reaches a file path.
// Reading or writing an attachment needs read permission on the record that owns it, which the owning
// module decides (register_owner).
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "db/migrate.hpp"

namespace kc::files {

std::vector<db::Migration> migrations();

// The MIME type libmagic finds in a file's content, e.g. "application/pdf".
std::string detect_mime(const std::string& path);
// Whether a detected type may be stored, and its display name.
bool is_allowed_mime(const std::string& mime);

// Throws ApiError(NotFound) when the caller may not read record `id`.
using OwnerCheck = std::function<void(api::Ctx&, std::int64_t id)>;

class Attachments {
 public:
  void register_owner(const std::string& record_type, OwnerCheck check) { owners_[record_type] = std::move(check); }
  void register_routes(api::Api& api, auth::Permissions& perms);

 private:
  void check_owner(api::Ctx& ctx, const std::string& type, std::int64_t id) const;
  http::Response upload(api::Ctx& ctx) const;
  http::Response list(api::Ctx& ctx) const;
  http::Response download(api::Ctx& ctx) const;

  std::map<std::string, OwnerCheck> owners_;
};

// "ab/cdef…" under <data_dir>/blobs for a SHA-256 hex digest.
std::string blob_path(const std::string& data_dir, const std::string& sha256);

}  // namespace kc::files
