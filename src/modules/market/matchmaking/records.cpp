#include "modules/market/matchmaking/records.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "modules/market/matchmaking/domain/matchmaking_status.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

namespace {

const char* status_name(const std::string& code) {
  auto s = parse_match_status(code);
  return s ? match_status_name(*s) : "";
}

json::object party_json(const db::Row& r, int first) {
  return {{"org_id", r.i64(first)}, {"name", r.text(first + 1)}, {"region_code", r.text(first + 2)},
          {"region_name", registry::region_full_name(r.text(first + 2))}};
}

json::array history_json(const std::vector<db::Row>& rows) {
  json::array out;
  for (const auto& h : rows)
    out.push_back(json::object{{"seq", h.i64(0)},
                               {"from_status", h.text(1).empty() ? json::value(nullptr) : json::value(h.text(1))},
                               {"to_status", h.text(2)},
                               {"to_status_name", status_name(h.text(2))},
                               {"note", h.text(3)},
                               {"user_id", h.i64(4)},
                               {"user_name", h.text(5)},
                               {"at", api::iso_time(h.i64(6))}});
  return out;
}

}  // namespace

json::object match_json(const db::Row& r, const std::vector<db::Row>* history) {
  auto contract = r.opt_i64(12);
  json::object o{{"id", r.i64(0)},
                 {"listing", json::object{{"id", r.i64(1)}, {"type", r.text(2)}, {"title", r.text(3)}}},
                 {"owner", party_json(r, 4)},
                 {"requester", party_json(r, 7)},
                 {"message", r.text(10)},
                 {"status", r.text(11)},
                 {"status_name", status_name(r.text(11))},
                 {"contract_id", contract ? json::value(*contract) : json::value(nullptr)},
                 {"created_at", api::iso_time(r.i64(13))},
                 {"updated_at", api::iso_time(r.i64(14))}};
  if (history) o["history"] = history_json(*history);
  return o;
}

}  // namespace kc::market
