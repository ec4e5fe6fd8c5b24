#include "modules/market/matchmaking/events.hpp"

#include <boost/json.hpp>

#include "api/util.hpp"
#include "core/errors.hpp"
#include "modules/market/matchmaking/event_repository.hpp"
#include "modules/registry/domain/reference_data.hpp"
#include "modules/registry/domain/scope.hpp"
#include "modules/registry/domain/validation.hpp"

namespace kc::market {

namespace json = boost::json;

EpochMs parse_zoned_time(const std::string& text, const std::string& field) {
  constexpr std::string_view kBeijing = "+08:00";
  if (text.size() > 1 && text.back() == 'Z') return api::parse_time(text.substr(0, text.size() - 1), field);
  if (text.ends_with(kBeijing))
    return api::parse_time(text.substr(0, text.size() - kBeijing.size()), field) - 8 * 3'600'000;
  throw ApiError(Err::FieldInvalid, field + " 应为带时区的时间，如 2026-12-01T09:00:00+08:00", field);
}

namespace {

std::string required(http::BodyReader& body, std::string_view key, std::size_t max) {
  std::string v = body.str(key, max);
  if (v.empty()) throw ApiError(Err::FieldMissing, std::string(key) + " 不能为空", std::string(key));
  return v;
}

}  // namespace

std::vector<db::Value> event_scope_params(const api::Principal& me) {
  auto s = registry::org_scope_for(me);
  std::string org_city = s.org_id && me.region_code.size() == 6 ? me.region_code.substr(0, 4) : "";
  return {std::int64_t{s.all ? 1 : 0}, s.region_prefix, me.region_code, org_city};
}

EventInput read_event_input(http::BodyReader& body, const api::Principal& me) {
  EventInput in;
  in.title = required(body, "title", 100);
  in.starts_at = parse_zoned_time(body.str("starts_at", 40), "starts_at");
  in.online = body.opt_bool("online").value_or(false);
  in.place = body.opt_str("place", 200).value_or("");
  in.online_url = body.opt_str("online_url", 300).value_or("");
  if (!in.online && in.place.empty()) throw ApiError(Err::FieldMissing, "线下活动须填写地点", "place");
  in.region_code = body.opt_str("region_code", 6).value_or(me.region_code);
  if (in.region_code.empty()) throw ApiError(Err::FieldMissing, "region_code 不能为空", "region_code");
  registry::require_valid_region(in.region_code, "region_code");
  auto scope = registry::org_scope_for(me);
  if (!scope.all && (scope.region_prefix.empty() || !in.region_code.starts_with(scope.region_prefix)))
    throw ApiError(Err::FieldInvalid, "只能在本局辖区内举办活动", "region_code");
  in.description = body.opt_str("description", 2000).value_or("");
  return in;
}

db::Row event_in_scope_or_404(api::Ctx& ctx, db::Connection& c, std::int64_t id) {
  auto params = event_scope_params(ctx.me());
  params.push_back(id);
  auto row = c.query_one(mm_sql::kEventInScope, params);
  if (!row) throw ApiError(Err::NotFound);
  return std::move(*row);
}

bool manages_event(const api::Principal& me, const db::Row& event) {
  auto s = registry::org_scope_for(me);
  return s.all || (!s.region_prefix.empty() && event.text(6).starts_with(s.region_prefix));
}

void require_event_manager(const api::Principal& me, const db::Row& event) {
  if (!manages_event(me, event)) throw ApiError(Err::Forbidden, "只有主办地区的科技局可以管理该活动");
}

EventState event_state_of(const db::Row& event, EpochMs now) {
  auto stored = parse_stored_event_status(event.text(9)).value_or(StoredEventStatus::Planned);
  return event_state(stored, event.i64(2), now);
}

void require_event_action(const db::Row& event, EventAction action, EpochMs now) {
  auto state = event_state_of(event, now);
  if (event_action_allowed(action, state)) return;
  constexpr const char* kWhy[] = {"只能在活动开始前邀请", "只能在活动开始前报名", "只能在活动举办后、结束前登记成果",
                                  "只能结束已举办的活动", "只能取消尚未举办的活动"};
  throw ApiError(Err::InvalidState, std::string(kWhy[static_cast<int>(action)]) + "（当前：" +
                                        event_state_name(state) + "）");
}

json::object event_json(const db::Row& e, EpochMs now) {
  auto state = event_state_of(e, now);
  return {{"id", e.i64(0)},
          {"title", e.text(1)},
          {"starts_at", api::iso_time(e.i64(2))},
          {"place", e.text(3)},
          {"online", e.i64(4) != 0},
          {"online_url", e.text(5)},
          {"region_code", e.text(6)},
          {"region_name", registry::region_full_name(e.text(6))},
          {"description", e.text(8)},
          {"status", event_state_code(state)},
          {"status_name", event_state_name(state)},
          {"cancel_reason", e.text(10)},
          {"created_at", api::iso_time(e.i64(11))},
          {"closed_at", api::iso_time_or_null(e.opt_i64(12))},
          {"invitation_count", e.i64(13)},
          {"registration_count", e.i64(14)},
          {"outcome_count", e.i64(15)}};
}

namespace {

json::value opt_id(const db::Row& r, std::size_t i) {
  auto v = r.opt_i64(i);
  return v ? json::value(*v) : json::value(nullptr);
}

json::array invitations_json(db::Connection& c, std::int64_t event) {
  json::array out;
  for (const auto& r : c.query(mm_sql::kInvitations, {event}))
    out.push_back(json::object{{"listing_id", r.i64(0)}, {"type", r.text(1)}, {"title", r.text(2)},
                               {"org_id", r.i64(3)}, {"org_name", r.text(4)}, {"invited_at", api::iso_time(r.i64(5))}});
  return out;
}

json::array registrations_json(db::Connection& c, std::int64_t event, std::optional<std::int64_t> only_org) {
  json::array out;
  for (const auto& r : c.query(mm_sql::kRegistrations, {event})) {
    if (only_org && *only_org != r.i64(0)) continue;
    out.push_back(json::object{{"org_id", r.i64(0)}, {"org_name", r.text(1)}, {"listing_id", opt_id(r, 2)},
                               {"listing_type", r.opt_text(3) ? json::value(*r.opt_text(3)) : json::value(nullptr)},
                               {"listing_title", r.opt_text(4) ? json::value(*r.opt_text(4)) : json::value(nullptr)},
                               {"registered_at", api::iso_time(r.i64(5))}});
  }
  return out;
}

json::array outcomes_json(db::Connection& c, std::int64_t event, std::optional<std::int64_t> only_org) {
  json::array out;
  for (const auto& r : c.query(mm_sql::kOutcomes, {event})) {
    if (only_org && *only_org != r.i64(1) && *only_org != r.i64(3)) continue;
    out.push_back(json::object{{"id", r.i64(0)},
                               {"parties", json::array{json::object{{"org_id", r.i64(1)}, {"name", r.text(2)}},
                                                       json::object{{"org_id", r.i64(3)}, {"name", r.text(4)}}}},
                               {"demand_id", opt_id(r, 5)},
                               {"achievement_id", opt_id(r, 6)},
                               {"intended_amount_fen", r.i64(7)},
                               {"note", r.text(8)},
                               {"recorded_at", api::iso_time(r.i64(9))}});
  }
  return out;
}

}  // namespace

json::object event_detail_json(api::Ctx& ctx, db::Connection& c, const db::Row& e) {
  auto o = event_json(e, ctx.now_ms());
  bool manager = manages_event(ctx.me(), e);
  // Organisations see their own registration and the outcomes they are a party to; managers see all.
  std::optional<std::int64_t> only_org = manager ? std::nullopt : std::optional(ctx.me().org_id.value_or(0));
  o["can_manage"] = manager;
  o["invitations"] = invitations_json(c, e.i64(0));
  o["registrations"] = registrations_json(c, e.i64(0), only_org);
  o["outcomes"] = outcomes_json(c, e.i64(0), only_org);
  return o;
}

}  // namespace kc::market
