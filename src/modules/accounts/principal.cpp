#include "modules/accounts/principal.hpp"

#include "api/util.hpp"

namespace kc::accounts {

namespace json = boost::json;

api::Principal principal_from_row(const db::Row& r, std::size_t at) {
  api::Principal p;
  p.user_id = r.i64(at);
  p.username = r.text(at + 1);
  p.display_name = r.text(at + 2);
  p.role = auth::parse_role(r.text(at + 3)).value_or(auth::Role::OrgUser);
  p.org_id = r.opt_i64(at + 4);
  p.org_name = r.text(at + 5);
  p.org_status = r.text(at + 6);
  p.region_code = r.text(at + 7);
  p.must_change_password = r.i64(at + 9) != 0;
  return p;
}

json::object user_json(const db::Row& r, std::size_t at, EpochMs now) {
  auto role = auth::parse_role(r.text(at + 3)).value_or(auth::Role::OrgUser);
  json::value org_id = r.is_null(at + 4) ? json::value(nullptr) : json::value(r.i64(at + 4));
  auto locked_until = r.opt_i64(at + 13);
  bool locked = locked_until && *locked_until > now;
  return json::object{{"id", r.i64(at)},
                      {"username", r.text(at + 1)},
                      {"display_name", r.text(at + 2)},
                      {"role", auth::role_code(role)},
                      {"role_name", auth::role_name_zh(role)},
                      {"org_id", org_id},
                      {"org_name", r.text(at + 5)},
                      {"org_status", r.text(at + 6)},
                      {"region_code", r.text(at + 7)},
                      {"status", r.text(at + 8)},
                      {"must_change_password", r.i64(at + 9) != 0},
                      {"phone", r.text(at + 10)},
                      {"last_login_at", api::iso_time_or_null(r.opt_i64(at + 11))},
                      {"created_at", api::iso_time(r.i64(at + 12))},
                      {"locked_until", locked ? api::iso_time_or_null(locked_until) : json::value(nullptr)}};
}

}  // namespace kc::accounts
