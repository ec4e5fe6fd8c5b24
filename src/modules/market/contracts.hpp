#pragma once
// Technology contracts filed for registration: reading and validating the filing, storing it, and its JSON form.
#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/db.hpp"
#include "http/json_body.hpp"
#include "modules/market/domain/amounts.hpp"
#include "modules/market/domain/contract_types.hpp"

namespace kc::market {

struct Party {
  std::string name;
  std::string credit_code;
  std::string region_code;
};

struct ContractInput {
  std::string title;
  const CategoryInfo* category = nullptr;
  const SubTypeInfo* sub_type = nullptr;
  std::optional<LicenseScope> license_scope;
  std::int64_t license_years = 0;
  bool related_to_main = false;
  IpKind ip_kind = IpKind::None;
  std::string hightech_field;
  std::string signed_on, valid_from, valid_until;  // YYYY-MM-DD ("" when not given)
  Party buyer;
  Fen total_fen = 0;
  std::vector<NonTechnicalCost> costs;
};

// Reads and validates a filing; `now` bounds the signing date. Throws ApiError naming the field.
ContractInput read_contract_input(http::BodyReader& body, EpochMs now);

// Inserts a pending contract filed by `user_id` for the seller organisation `seller_org_id`.
std::int64_t insert_contract(db::Connection& c, const ContractInput& in, std::int64_t seller_org_id,
                             std::int64_t user_id, EpochMs now);

// A row of KC_CONTRACT_COLUMNS as JSON; `costs` (rows of kCostsOf) only for single records.
boost::json::object contract_json(const db::Row& r, EpochMs now, const db::Rows* costs = nullptr);

}  // namespace kc::market
