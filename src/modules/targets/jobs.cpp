#include "modules/targets/jobs.hpp"

#include "modules/targets/ledger/access.hpp"
#include "modules/targets/ledger/warnings_routes.hpp"

namespace kc::targets {

void register_jobs(scheduler::Scheduler& scheduler, int beijing_hour) {
  scheduler.add({"ledger.warnings", beijing_hour, [](db::Connection& c, EpochMs now) {
                   auto sent = ledger::send_warning_notices(c, ledger::LedgerScope{true, "", 0}, now);
                   return "sent " + std::to_string(sent) + " notifications";
                 }});
}

}  // namespace kc::targets
