#include "app/config.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace kc::app {

Config load(const std::vector<std::string>& args, std::map<std::string, std::string>* rest_out = nullptr) {
  std::map<std::string, std::string> rest;
  auto c = load_config(parse_command_line(args, {"test-clock", "password-stdin"}), rest);
  if (rest_out) *rest_out = rest;
  return c;
}

TEST(Config, DefaultsDeriveTheDatabaseFromTheDataDir) {
  auto c = load({"--data-dir", "/srv/kc"});
  EXPECT_EQ(c.db, "sqlite:/srv/kc/kechuang.db");
  EXPECT_EQ(c.host(), "127.0.0.1");
  EXPECT_EQ(c.port(), 8080);
}

TEST(Config, FlagsBeatEnvironmentWhichBeatsTheFile) {
  std::string file = ::testing::TempDir() + "kc_config_test.conf";
  std::ofstream(file) << "# comment\nlisten = 0.0.0.0:9000\npool_size = 3\nthreads = 1\n";
  ::setenv("KECHUANG_POOL_SIZE", "5", 1);
  auto c = load({"--config", file, "--threads", "2", "--test-clock"});
  ::unsetenv("KECHUANG_POOL_SIZE");
  EXPECT_EQ(c.listen, "0.0.0.0:9000");
  EXPECT_EQ(c.pool_size, 5);
  EXPECT_EQ(c.threads, 2);
  EXPECT_TRUE(c.test_clock);
}

TEST(Config, ErrorsNameTheKey) {
  auto message = [](const std::vector<std::string>& args) {
    try {
      load(args);
    } catch (const ConfigError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message({"--pool-size", "0"}).find("'pool-size'"), std::string::npos);
  EXPECT_NE(message({"--listen", "nowhere"}).find("'listen'"), std::string::npos);
  EXPECT_NE(message({"--db", "mysql://x"}).find("'db'"), std::string::npos);
  std::string file = ::testing::TempDir() + "kc_config_bad.conf";
  std::ofstream(file) << "colour = blue\n";
  EXPECT_NE(message({"--config", file}).find("unknown configuration key 'colour'"), std::string::npos);
}

TEST(Config, LedgerWarningsHourIsABeijingHourOrOff) {
  EXPECT_EQ(load({}).ledger_warnings_hour, 8);
  EXPECT_EQ(load({"--ledger-warnings-hour", "0"}).ledger_warnings_hour, 0);
  EXPECT_EQ(load({"--ledger-warnings-hour", "23"}).ledger_warnings_hour, 23);
  EXPECT_EQ(load({"--ledger-warnings-hour", "off"}).ledger_warnings_hour, -1);
  for (std::string bad : {"24", "-1", "8am", "", "OFF"}) {
    try {
      load({"--ledger-warnings-hour", bad});
      ADD_FAILURE() << "accepted " << bad;
    } catch (const ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find("ledger-warnings-hour"), std::string::npos);
    }
  }
}

TEST(Config, OtherFlagsAreLeftForTheCommand) {
  std::map<std::string, std::string> rest;
  load({"add", "--role", "admin", "--password-stdin", "--data-dir=/x"}, &rest);
  EXPECT_EQ(rest.at("role"), "admin");
  EXPECT_EQ(rest.at("password-stdin"), "true");
  EXPECT_EQ(rest.count("data-dir"), 0u);
}

}  // namespace kc::app
