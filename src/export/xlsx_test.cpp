#include "export/xlsx.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

namespace kc::xlsx {
namespace {

std::string fresh_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("kc-xlsx-test-" + name);
  std::filesystem::remove_all(dir);
  return dir.string();
}

TEST(XlsxBuild, AnswersAZipAndLeavesNoFile) {
  auto dir = fresh_dir("ok");
  auto bytes = build("表", {"名称"}, [](Writer& w) { w.row({"甲"}); }, dir);
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(XlsxBuild, AFailedFillLeavesNoHalfWrittenFile) {
  auto dir = fresh_dir("fail");
  EXPECT_THROW(build("表", {"名称"}, [](Writer& w) { w.row({"甲"}); throw std::runtime_error("refused"); }, dir),
               std::runtime_error);
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

}  // namespace
}  // namespace kc::xlsx
