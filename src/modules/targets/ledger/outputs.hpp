#pragma once
// Outputs of the ledger: the responsibility matrix (items × units with statuses) and the bulletin (通报)
// ranking the responsible units by completion, each as JSON and as Excel.
#include "api/api.hpp"

namespace kc::targets::ledger {

// GET /api/v1/ledger/matrix, /api/v1/ledger/matrix/export (.xlsx),
// GET /api/v1/ledger/bulletin, /api/v1/ledger/bulletin/export (.xlsx).
void register_output_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::targets::ledger
