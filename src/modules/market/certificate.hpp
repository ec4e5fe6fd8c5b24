#pragma once
// The technology-contract registration certificate (技术合同登记证明) as a PDF, for a registered contract.
#include <boost/json/object.hpp>

#include <string>

#include "api/api.hpp"
#include "core/clock.hpp"
#include "pdf/document.hpp"

namespace kc::market {

// The certificate of `contract` (its contract_json form) registered at `registered_at` by the registrar of
// `registrar_region_name`; `now` is the generated-at time.
pdf::Document certificate_document(const boost::json::object& contract, const std::string& registrar_region_name,
                                   EpochMs registered_at, EpochMs now);

// GET /api/v1/market/contracts/{id}/certificate.pdf — the contract's read permission and scope (404 outside
// it); 409 INVALID_STATE unless the contract is registered.
void register_certificate_routes(api::Api& api);

}  // namespace kc::market
