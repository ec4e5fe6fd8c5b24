#include "modules/cultivation/cli/assess_cli.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sstream>

#include "modules/cultivation/domain/contract_examples_test_data.hpp"

namespace kc::cultivation {
namespace {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

CliRun run(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int code = run_assess_cli(args, in, out, err);
  return {code, out.str(), err.str()};
}

TEST(AssessCli, AssessesTechSmeFromStdin) {
  const CliRun r = run({"assess", "tech-sme"}, contract_examples::kTechSmeExampleInput);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  EXPECT_EQ(boost::json::parse(r.out).at("outcome"), "QUALIFIED_BY_SCORE");
}

TEST(AssessCli, AssessesHighTechWithoutTheAssessWord) {
  const CliRun r = run({"high-tech"}, contract_examples::kHighTechExampleInput);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(boost::json::parse(r.out).at("outcome"), "QUALIFIED");
}

TEST(AssessCli, ExitsZeroForANegativeOutcome) {
  auto body = boost::json::parse(contract_examples::kTechSmeExampleInput).as_object();
  body["employees_total"] = 600;
  body["tech_staff"] = 60;
  const CliRun r = run({"tech-sme"}, boost::json::serialize(body));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(boost::json::parse(r.out).at("outcome"), "INELIGIBLE");
}

TEST(AssessCli, InvalidInputGivesJsonErrorAndExitTwo) {
  const CliRun r = run({"tech-sme"}, R"({"evaluation_year": 2025, "bogus": 1})");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty());
  const auto error = boost::json::parse(r.err).at("error");
  EXPECT_EQ(error.at("code"), "FIELD_MISSING");
  EXPECT_EQ(error.at("field"), "resident_enterprise_cn_mainland");
  const CliRun garbage = run({"high-tech"}, "not json");
  EXPECT_EQ(garbage.exit_code, 2);
  EXPECT_EQ(boost::json::parse(garbage.err).at("error").at("code"), "JSON_INVALID");
}

TEST(AssessCli, HelpAndUsage) {
  const CliRun help = run({"assess", "--help"}, "");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("tech-sme"), std::string::npos);
  EXPECT_EQ(run({"tech-sme", "--help"}, "").exit_code, 0);
  const CliRun wrong = run({"assess", "sme"}, "{}");
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("用法"), std::string::npos);
  EXPECT_EQ(run({}, "").exit_code, 2);
}

}  // namespace
}  // namespace kc::cultivation
