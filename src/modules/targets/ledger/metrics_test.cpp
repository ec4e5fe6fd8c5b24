#include "modules/targets/ledger/metrics.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace kc::targets::ledger {
namespace {

// The dashboard binds many items to few indicators: each distinct (indicator, parameters) is computed once
// per request, whatever the number of items bound to it.
TEST(LedgerIndicatorValues, ComputesEachDistinctBindingOncePerRequest) {
  auto dir = std::filesystem::temp_directory_path() / ("kc_ledger_metrics_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    auto db = db::open_database("sqlite:" + (dir / "t.db").string(), 1);
    int computed = 0;
    indicators::Registry registry;
    registry.add({"count_calls", "测试", "家", {indicators::year_param()},
                  [&computed](db::Connection&, const indicators::Params& p) {
                    ++computed;
                    return indicators::year_of(p) * indicators::kValueScale;
                  }});
    use_indicators(registry);
    auto c = db->read();
    IndicatorValues values(*c);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(values.value("count_calls", R"({"year":2026})"), 2026 * indicators::kValueScale);
    EXPECT_EQ(computed, 1);
    EXPECT_EQ(values.value("count_calls", R"({"year":2025})"), 2025 * indicators::kValueScale);
    EXPECT_EQ(computed, 2);
    EXPECT_EQ(values.value("unloaded_module", "{}"), std::nullopt);
    IndicatorValues next_request(*c);
    next_request.value("count_calls", R"({"year":2026})");
    EXPECT_EQ(computed, 3) << "a value must not outlive its request";
    static const indicators::Registry kNone;
    use_indicators(kNone);  // not left pointing at this test's registry
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kc::targets::ledger
