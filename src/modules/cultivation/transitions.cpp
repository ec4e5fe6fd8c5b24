// The review transitions of an annual report: one handler, driven by the pure decide_transition().
// Order of checks: role (403, by the dispatcher's permissions and again by the state machine), data scope
// (404), current state (409 INVALID_STATE). Every step is kept in cultivation_report_events and audited.
#include <boost/json.hpp>

#include "core/errors.hpp"
#include "core/json_writer.hpp"
#include "http/json_body.hpp"
#include "modules/cultivation/domain/registration_number.hpp"
#include "modules/cultivation/domain/report_workflow.hpp"
#include "modules/cultivation/reports.hpp"
#include "modules/cultivation/repository.hpp"
#include "modules/cultivation/settings.hpp"

namespace kc::cultivation {
namespace {

constexpr std::size_t kMaxCommentChars = 1000;
constexpr EpochMs kDayMs = 24LL * 60 * 60 * 1000;

// Report columns (KC_REPORT_COLUMNS) the transitions read.
constexpr std::size_t kColId = 0, kColRegion = 3, kColYear = 4, kColState = 5, kColPublicityEnd = 12;

struct TransitionInput {
  std::string comment;
  std::optional<std::int64_t> publicity_days;
};

TransitionInput read_input(api::Ctx& ctx, ReportAction action) {
  TransitionInput in;
  http::BodyReader body(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
  if (action == ReportAction::CountyReturn || action == ReportAction::RecordObjection) {
    const char* field = action == ReportAction::RecordObjection ? "content" : "comment";
    in.comment = body.str(field, kMaxCommentChars);
    if (in.comment.find_first_not_of(" \t\r\n") == std::string::npos)
      throw ApiError(Err::FieldInvalid, "请填写" + std::string(action == ReportAction::RecordObjection ? "异议内容" : "退回意见"), field);
  } else {
    in.comment = body.opt_str("comment", kMaxCommentChars).value_or("");
  }
  if (action == ReportAction::Publicize) {
    in.publicity_days = body.opt_int64("publicity_days");
    if (in.publicity_days && (*in.publicity_days < 1 || *in.publicity_days > kMaxPublicityDays))
      throw ApiError(Err::FieldInvalid, "公示期应为 1–90 天", "publicity_days");
  }
  body.done();
  return in;
}

void refuse(TransitionRefusal refusal, ReportState from, ReportAction action) {
  switch (refusal) {
    case TransitionRefusal::None: return;
    case TransitionRefusal::WrongRole: throw ApiError(Err::Forbidden, std::string(action_name(action)));
    case TransitionRefusal::WrongState:
      throw ApiError(Err::InvalidState, "年报当前状态为“" + std::string(state_name(from)) + "”，不能" +
                                            std::string(action_name(action)));
    case TransitionRefusal::PublicityNotOver: throw ApiError(Err::InvalidState, "公示期尚未结束，不能终审");
  }
}

// Side effects of the steps that carry data beyond the state.
std::string apply_effects(api::Ctx& ctx, db::Connection& c, const db::Row& report, ReportAction action,
                          const TransitionInput& in) {
  auto id = report.i64(kColId);
  if (action == ReportAction::Register) {
    auto settings = load_settings(c);
    auto region = report.text(kColRegion);
    auto year = report.i64(kColYear);
    auto seq = c.query_one(sql::kLastRegistrationSeq, {year, region})->i64(0) + 1;
    // The registration year is the evaluation year, the one after the reported fiscal year.
    auto number = format_registration_number(settings.registration_pattern, static_cast<int>(year + 1), region, seq);
    try {
      c.exec(sql::kSetRegistration, {id, number, seq});
    } catch (const db::DbError& e) {
      if (e.unique_violation()) throw ApiError(Err::Conflict, "登记编号 " + number + " 已被使用，请检查编号格式");
      throw;
    }
    return "，登记编号 " + number;
  }
  if (action == ReportAction::Publicize) {
    auto days = in.publicity_days.value_or(load_settings(c).publicity_days);
    c.exec(sql::kSetPublicityEnd, {id, ctx.now_ms() + days * kDayMs});
    return "，公示 " + std::to_string(days) + " 天";
  }
  if (action == ReportAction::RecordObjection) {
    c.query_one(sql::kInsertObjection, {id, in.comment, ctx.me().user_id, ctx.now_ms()});
  }
  return "";
}

http::Response transition(api::Ctx& ctx, ReportAction action) {
  auto in = read_input(ctx, action);
  auto c = ctx.svc.db.write();
  db::Transaction tx(*c);
  auto report = report_in_scope_or_404(ctx, *c, ctx.id());
  auto from = parse_state(report.text(kColState)).value_or(ReportState::Final);
  bool publicity_over = !report.is_null(kColPublicityEnd) && ctx.now_ms() >= report.i64(kColPublicityEnd);
  auto decision = decide_transition(from, action, actor_of(ctx.me().role), publicity_over);
  refuse(decision.refusal, from, action);

  auto id = report.i64(kColId);
  if (decision.next != from) {  // recording an objection keeps the state
    if (c->exec(sql::kMoveReport, {id, std::string(state_code(from)), std::string(state_code(decision.next)),
                                   in.comment, ctx.now_ms()}) != 1)
      throw ApiError(Err::Conflict, "年报状态已被他人改变，请刷新");
  }
  auto extra = apply_effects(ctx, *c, report, action, in);
  c->exec(sql::kInsertEvent, {id, std::string(action_code(action)), std::string(state_code(from)),
                              std::string(state_code(decision.next)), ctx.me().user_id, in.comment, ctx.now_ms()});
  auto updated = report_in_scope_or_404(ctx, *c, id);
  tx.commit();
  ctx.audit = {{}, {}, "cultivation_report", std::to_string(id),
               std::string(action_name(action)) + "：" + report.text(2) + " " + std::to_string(report.i64(kColYear)) +
                   " 年度年报，" + std::string(state_name(from)) + " → " + std::string(state_name(decision.next)) + extra};
  http::Response r;
  r.body = to_json_text(report_json(updated, false), false);
  return r;
}

struct RouteSpec {
  const char* path;
  ReportAction action;
  std::initializer_list<auth::Role> roles;
};

}  // namespace

void register_transition_routes(api::Api& api, auth::Permissions& perms) {
  using auth::Role;
  const std::initializer_list<Role> enterprise{Role::OrgAdmin, Role::OrgUser};
  const std::initializer_list<Role> county{Role::CountyOfficer};
  const std::initializer_list<Role> city{Role::Admin, Role::CityAdmin, Role::CityOfficer};
  const std::initializer_list<Role> bureau{Role::Admin, Role::CityAdmin, Role::CityOfficer, Role::CountyOfficer};
  const RouteSpec specs[] = {
      {"submit", ReportAction::Submit, enterprise},         {"county-pass", ReportAction::CountyPass, county},
      {"county-return", ReportAction::CountyReturn, county}, {"city-confirm", ReportAction::CityConfirm, city},
      {"register", ReportAction::Register, city},           {"publicize", ReportAction::Publicize, city},
      {"finalize", ReportAction::Finalize, city},           {"objections", ReportAction::RecordObjection, bureau},
  };
  for (const auto& spec : specs) {
    auto action_name = "cultivation.reports." + std::string(action_code(spec.action));
    perms.grant(action_name, spec.roles);
    auto action = spec.action;
    api.post("/api/v1/cultivation/reports/{id:int}/" + std::string(spec.path), action_name,
             [action](api::Ctx& ctx) { return transition(ctx, action); });
  }
}

}  // namespace kc::cultivation
