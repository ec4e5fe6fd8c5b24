// The list of modules: their migrations and their routes.
#include <boost/json.hpp>

#include "app/platform.hpp"
#include "audit/audit_log.hpp"
#include "audit/routes.hpp"
#include "core/errors.hpp"
#include "http/json_body.hpp"
#include "modules/accounts/routes.hpp"
#include "modules/accounts/schema.hpp"
#include "modules/registry/routes.hpp"
#include "modules/registry/schema.hpp"
#include "modules/registry/permissions.hpp"
#include "modules/cultivation/routes.hpp"
#include "modules/cultivation/schema.hpp"
#include "modules/cultivation/certifications.hpp"
#include "modules/cultivation/indicators.hpp"
#include "modules/market/indicators.hpp"
#include "modules/registry/indicators.hpp"
#include "modules/targets/jobs.hpp"
#include "modules/targets/routes.hpp"
#include "notifications/notifications.hpp"
#include "modules/market/permissions.hpp"
#include "modules/market/routes.hpp"
#include "modules/market/schema.hpp"
#include "modules/market/search_schema.hpp"
#include "modules/market/matchmaking/routes.hpp"
#include "modules/market/matchmaking/schema.hpp"
#include "modules/cultivation/imports/enterprise_import.hpp"
#include "modules/market/imports/listing_import.hpp"
#include "tabular/imports/batches.hpp"

namespace kc::app {

namespace json = boost::json;

std::vector<db::Migration> all_migrations() {
  std::vector<db::Migration> all;
  for (auto list : {registry::migrations(), accounts::migrations(), audit::migrations(), files::migrations(),
                    market::migrations(), market::search_migrations(), market::matchmaking_migrations(), cultivation::migrations(),
                    targets::migrations(), notifications::migrations(), cultivation::certification_migrations(),
                    scheduler::migrations(), imports::migrations()})
    all.insert(all.end(), list.begin(), list.end());
  return all;
}

std::unique_ptr<db::Database> open_and_migrate(const Config& cfg, std::ostream& log) {
  auto db = db::open_database(cfg.db, cfg.pool_size);
  db::apply_migrations(*db, all_migrations(), log);
  return db;
}

namespace {

void write_audit(db::Database& db, const api::AuditRecord& r) {
  audit::AuditEntry e;
  e.time_ms = r.time_ms;
  e.user_id = r.user_id;
  e.username = r.username;
  e.org_id = r.org_id;
  e.client_ip = r.client_ip;
  e.action = r.action;
  e.target_type = r.target_type;
  e.target_id = r.target_id;
  e.summary = r.summary;
  e.result = r.result;
  audit::append(db, std::move(e));
}

void register_platform_routes(Platform& p) {
  // Health answers from memory; the database is probed at most once a second so that monitoring stays cheap.
  p.api.get("/api/v1/health", "health", [&p](api::Ctx&) {
    static std::atomic<EpochMs> last_ok{0};
    EpochMs now = SystemClock().now_ms();
    if (now - last_ok.load() > 1000) {
      p.db->read()->query_one({"health.ping", "SELECT 1"});
      last_ok = now;
    }
    return http::Response::json(json::object{{"status", "ok"}, {"db", p.db->describe()}});
  }, {api::Access::Public});
  if (p.cfg.test_clock) {
    p.api.post("/api/v1/_test/clock", "test.clock", [&p](api::Ctx& ctx) {
      http::BodyReader body(ctx.req.body);
      auto seconds = body.int64("advance_seconds");
      body.done();
      if (seconds < 0) throw ApiError(Err::FieldInvalid, "advance_seconds 不能为负", "advance_seconds");
      p.clock.advance_ms(seconds * 1000);
      p.scheduler.tick();  // jobs due at the new time run now, so tests see their effect deterministically
      return http::Response::json(json::object{{"now", p.clock.now_ms()}});
    }, {api::Access::Public});
  }
}

}  // namespace

Platform::Platform(const Config& c, std::ostream& log)
    : cfg(c),
      db(open_and_migrate(c, log)),
      services{*db, clock, permissions, c.data_dir, api::Limits{static_cast<std::size_t>(c.max_upload_mb) << 20}},
      sessions(services),
      api(services, sessions, [this](const api::AuditRecord& r) { write_audit(*db, r); }),
      started_ms(SystemClock().now_ms()),
      scheduler(*db, clock, log) {
  register_platform_routes(*this);
  accounts::register_routes(api, permissions, sessions);
  registry::register_routes(api, permissions, [this] { sessions.invalidate(); });
  audit::register_routes(api, permissions);
  notifications::register_routes(api, permissions);
  cultivation::register_routes(api, permissions);
  cultivation::register_certification_routes(api, permissions);
  registry::register_indicators(indicators);
  market::register_indicators(indicators, clock);
  cultivation::register_indicators(indicators);
  targets::register_routes(api, permissions, indicators);
  if (c.ledger_warnings_hour >= 0) targets::register_jobs(scheduler, c.ledger_warnings_hour);
  market::register_routes(api, permissions);
  market::register_matchmaking_routes(api, permissions);
  cultivation::register_enterprise_import(api, permissions);
  market::register_listing_import(api, permissions);
  attachments.register_owner("org", registry::require_org_readable);
  attachments.register_owner("ledger_report", targets::require_report_readable);
  attachments.register_owner("tech_contract", market::require_contract_readable);
  attachments.register_routes(api, permissions);
}

}  // namespace kc::app
