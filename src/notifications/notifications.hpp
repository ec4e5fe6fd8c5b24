#pragma once
// In-site notifications: a generic inbox any module writes to (ledger warnings, market matches). Shared
// infrastructure: it knows nothing of the modules that use it.
#include <string>
#include <vector>

#include "api/api.hpp"
#include "db/migrate.hpp"

namespace kc::notifications {

std::vector<db::Migration> migrations();

struct Notice {
  std::string kind;        // e.g. "ledger.overdue"
  std::string title;       // shown in the list
  std::string detail;
  std::string link;        // a web route, e.g. "/targets/ledger/12"
  std::string dedupe_key;  // one notice per user and key: re-sending the same warning is a no-op
};

// Inserts the notice for the user unless the same dedupe_key was sent before; true when new.
bool notify(db::Connection& c, std::int64_t user_id, const Notice& n, EpochMs now);

// GET /api/v1/notifications?unread=1&page=&page_size= (the caller's own, newest first, with "unread" count);
// POST /api/v1/notifications/{id}/read; POST /api/v1/notifications/read-all.
void register_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::notifications
