#pragma once
// When a daily job is due: at a whole hour of Beijing time (UTC+8, no daylight saving), once per Beijing
// civil day. Pure arithmetic, unit-tested.
#include <optional>
#include <string>

#include "core/clock.hpp"

namespace kc::scheduler {

struct DailySlot {
  std::string period;  // the Beijing date "2026-11-22": one run per period
  EpochMs due = 0;     // that date at `hour`:00 Beijing time
};

// The slot of the Beijing day containing `now`; its run is due when now >= due.
DailySlot slot_of_day(EpochMs now, int hour);
// The first due instant strictly after `now` (today's slot if still ahead, else tomorrow's).
EpochMs next_due_after(EpochMs now, int hour);
// The latest slot whose due time has passed (today's, or yesterday's before today's hour); a server that
// was down at the hour catches up with that slot only.
DailySlot latest_due_slot(EpochMs now, int hour);

}  // namespace kc::scheduler
