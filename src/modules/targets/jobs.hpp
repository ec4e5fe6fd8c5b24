#pragma once
// Scheduled work of the targets module: the daily ledger warnings sweep.
#include "scheduler/scheduler.hpp"

namespace kc::targets {
// Adds the job "ledger.warnings" that sends every ledger warning (all regions) as in-site notifications
// once a day at `beijing_hour` (the same notices as POST /api/v1/ledger/warnings/notify, deduplicated).
void register_jobs(scheduler::Scheduler& scheduler, int beijing_hour);
}
