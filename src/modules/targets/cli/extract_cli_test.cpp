#include "modules/targets/cli/extract_cli.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

namespace kc::targets {
namespace {

struct Run {
  int code;
  std::string out, err;
};

Run run(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = run_extract_targets_cli(args, out, err);
  return {code, out.str(), err.str()};
}

TEST(ExtractCli, HelpPrintsUsage) {
  auto r = run({"--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("extract-targets FILE"), std::string::npos);
}

TEST(ExtractCli, MissingOrUnreadableFileIsAJsonErrorWithExit2) {
  auto none = run({"extract-targets"});
  EXPECT_EQ(none.code, 2);
  EXPECT_EQ(boost::json::parse(none.err).at("error").at("code").as_string(), "FIELD_MISSING");
  auto missing = run({"/nonexistent/plan.txt"});
  EXPECT_EQ(missing.code, 2);
  auto err = boost::json::parse(missing.err).at("error");
  EXPECT_EQ(err.at("code").as_string(), "FIELD_INVALID");
  EXPECT_EQ(err.at("field").as_string(), "file");
  EXPECT_TRUE(missing.out.empty());
  auto directory = run({"/tmp"});
  EXPECT_EQ(directory.code, 2);
  EXPECT_EQ(boost::json::parse(directory.err).at("error").at("field").as_string(), "file");
}

TEST(ExtractCli, UndecodableFileIsExit2) {
  char path[] = "/tmp/kc-cli-bin-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_EQ(write(fd, "\xff\xff\xff", 3), 3);
  close(fd);
  auto r = run({path});
  unlink(path);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(boost::json::parse(r.err).at("error").at("code").as_string(), "FIELD_INVALID");
}

TEST(ExtractCli, PrintsTheContractShape) {
  char path[] = "/tmp/kc-cli-test-XXXXXX";
  int fd = mkstemp(path);
  std::string text = "漯科〔2018〕95号\n2019年新培育国家级高新技术企业10家以上。\n（牵头单位：市科技局，责任单位：市财政局）\n";
  ASSERT_EQ(write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
  close(fd);
  auto r = run({"extract-targets", path});
  unlink(path);
  ASSERT_EQ(r.code, 0) << r.err;
  auto json = boost::json::parse(r.out).as_object();
  EXPECT_EQ(json.at("document").at("number").as_string(), "漯科〔2018〕95号");
  auto target = json.at("targets").as_array().at(0).as_object();
  for (auto key : {"year", "indicator", "value", "unit", "comparator", "scope", "text", "start", "end"}) {
    EXPECT_TRUE(target.contains(key)) << key;
  }
  EXPECT_EQ(target.at("comparator").as_string(), "at_least");
  auto resp = json.at("responsibilities").as_array().at(0).as_object();
  EXPECT_EQ(resp.at("lead").as_array().at(0).as_string(), "市科技局");
  EXPECT_TRUE(json.at("standards").is_array());
}

}  // namespace
}  // namespace kc::targets
