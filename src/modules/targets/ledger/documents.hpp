#pragma once
// Policy documents and the review of what the reader found in them.
#include "api/api.hpp"

namespace kc::targets::ledger {

// POST /api/v1/policy-documents {"text"} or {"filename", "content_base64"} (+ optional "title") → 201 document
//   with its candidate items; GET /api/v1/policy-documents (list), GET /api/v1/policy-documents/{id};
// POST /api/v1/policy-documents/{id}/items (an item the reader missed); PATCH /api/v1/policy-items/{id};
// POST /api/v1/policy-items/{id}/confirm | /reject.
void register_document_routes(api::Api& api, auth::Permissions& perms);

}  // namespace kc::targets::ledger
