#pragma once
// The composition root: opens the database, applies every module's migrations, and wires every module's
// routes into one API. The only place that knows all the modules.
#include <memory>
#include <ostream>

#include "api/api.hpp"
#include "app/config.hpp"
#include "core/clock.hpp"
#include "db/db.hpp"
#include "db/migrate.hpp"
#include "files/attachments.hpp"
#include "http/metrics.hpp"
#include "indicators/indicators.hpp"
#include "modules/accounts/sessions.hpp"
#include "scheduler/scheduler.hpp"

namespace kc::app {

// Every module's migrations, in dependency order.
std::vector<db::Migration> all_migrations();

std::unique_ptr<db::Database> open_and_migrate(const Config& cfg, std::ostream& log);

struct Platform {
  explicit Platform(const Config& cfg, std::ostream& log);

  Config cfg;
  std::unique_ptr<db::Database> db;
  OffsetClock clock;
  auth::Permissions permissions;
  api::Services services;
  accounts::SessionStore sessions;
  api::Api api;
  files::Attachments attachments;
  http::Metrics metrics;
  indicators::Registry indicators;  // filled by the modules that own the data, read by the targets ledger
  EpochMs started_ms;
  scheduler::Scheduler scheduler;  // daily jobs; serve starts its timer, the test clock ticks it
};

}  // namespace kc::app
