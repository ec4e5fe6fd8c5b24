// Runs the reader over the real documents in /work/shared/seeds: every span must be exact and the
// counts plausible. These are ranges, not the seeds' answers (the reader must not be tuned to them).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "modules/targets/extract/extractor.hpp"
#include "modules/targets/extract/test_support.hpp"

namespace kc::targets {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> seed_files() {
  fs::path dir = fs::path(KC_SOURCE_DIR) / ".." / "shared" / "seeds";
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

TEST(Seeds, EverySpanIsExactAndCountsArePlausible) {
  auto files = seed_files();
  if (files.empty()) GTEST_SKIP() << "seed documents not found";
  std::size_t total_targets = 0, total_responsibilities = 0;
  for (const auto& f : files) {
    std::string input = slurp(f);
    auto r = extract_from_text(input);
    SCOPED_TRACE(f.filename().string());
    for (const auto& t : r.targets) {
      EXPECT_TRUE(testing::span_is_exact(input, t.span)) << t.span.text;
      EXPECT_FALSE(t.indicator.empty());
      EXPECT_GT(t.value, 0);
      ASSERT_TRUE(t.year.has_value());
      EXPECT_GE(*t.year, 2015);
      EXPECT_LE(*t.year, 2030);
    }
    for (const auto& x : r.responsibilities) {
      EXPECT_TRUE(testing::span_is_exact(input, x.span)) << x.span.text;
      EXPECT_FALSE(x.lead.empty());
      EXPECT_FALSE(x.task.empty());
    }
    for (const auto& s : r.standards) EXPECT_TRUE(testing::span_is_exact(input, s.span)) << s.span.text;
    // Each seed is a bureau plan with a numbered targets section and a number on its header.
    EXPECT_GE(r.targets.size(), 3u);
    EXPECT_LE(r.targets.size(), 80u);
    EXPECT_FALSE(r.document.number.empty());
    ASSERT_TRUE(r.document.year.has_value());
    EXPECT_GE(*r.document.year, 2015);
    total_targets += r.targets.size();
    total_responsibilities += r.responsibilities.size();
  }
  // Only one of the seeds names lead units, after each of its twenty-odd tasks.
  EXPECT_GE(total_responsibilities, 15u);
  EXPECT_LE(total_responsibilities, 60u);
  EXPECT_GE(total_targets, 20u);
}

}  // namespace
}  // namespace kc::targets
