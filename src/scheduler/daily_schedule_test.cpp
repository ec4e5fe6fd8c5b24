#include "scheduler/daily_schedule.hpp"

#include <gtest/gtest.h>

namespace kc::scheduler {
namespace {

constexpr EpochMs kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
// 2026-11-22T00:00:00Z = 08:00 Beijing on 2026-11-22.
constexpr EpochMs k2026_11_22_0000Z = 1'795'305'600'000;

TEST(DailySchedule, SlotIsTheBeijingDateAtTheHour) {
  auto slot = slot_of_day(k2026_11_22_0000Z, 9);
  EXPECT_EQ(slot.period, "2026-11-22");
  EXPECT_EQ(slot.due, k2026_11_22_0000Z + kHour);  // 09:00 Beijing = 01:00 UTC
}

TEST(DailySchedule, BeijingDayStartsAtSixteenHundredUtc) {
  // 2026-11-21T16:30Z is already 00:30 on the 22nd in Beijing.
  EXPECT_EQ(slot_of_day(k2026_11_22_0000Z - 7 * kHour - 30 * kMinute, 2).period, "2026-11-22");
  EXPECT_EQ(slot_of_day(k2026_11_22_0000Z - 8 * kHour - 1, 2).period, "2026-11-21");
}

TEST(DailySchedule, NextDueIsTodayWhenAheadElseTomorrow) {
  EXPECT_EQ(next_due_after(k2026_11_22_0000Z, 9), k2026_11_22_0000Z + kHour);
  EXPECT_EQ(next_due_after(k2026_11_22_0000Z, 8), k2026_11_22_0000Z + kDay);  // exactly at the hour: next day
  EXPECT_EQ(next_due_after(k2026_11_22_0000Z, 0), k2026_11_22_0000Z + 16 * kHour);  // midnight Beijing
  EXPECT_EQ(next_due_after(k2026_11_22_0000Z, 23), k2026_11_22_0000Z + 15 * kHour);
}

TEST(DailySchedule, LatestDueSlotBeforeTheHourIsYesterdays) {
  auto before = latest_due_slot(k2026_11_22_0000Z + kHour - 1, 9);
  EXPECT_EQ(before.period, "2026-11-21");
  EXPECT_EQ(before.due, k2026_11_22_0000Z + kHour - kDay);
  auto at = latest_due_slot(k2026_11_22_0000Z + kHour, 9);
  EXPECT_EQ(at.period, "2026-11-22");
}

TEST(DailySchedule, MonthAndYearBoundaries) {
  // 2026-12-31T16:00Z is 2027-01-01 00:00 Beijing.
  constexpr EpochMs kNewYearBeijing = 1'798'732'800'000;
  EXPECT_EQ(slot_of_day(kNewYearBeijing, 8).period, "2027-01-01");
  EXPECT_EQ(slot_of_day(kNewYearBeijing - 1, 8).period, "2026-12-31");
  EXPECT_EQ(latest_due_slot(kNewYearBeijing + kHour, 8).period, "2026-12-31");
}

}  // namespace
}  // namespace kc::scheduler
