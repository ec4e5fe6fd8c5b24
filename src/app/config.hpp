#pragma once
// Configuration from a file, environment variables and flags (flags win over the environment, which wins
// over the file). Every key is listed in kKeys; an unknown key or a bad value stops start-up with a
// message naming the key.
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace kc::app {

struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Config {
  std::string db;        // sqlite:PATH or postgresql://…; default sqlite:<data_dir>/kechuang.db
  std::string data_dir = "var";
  std::string listen = "127.0.0.1:8080";
  std::string web_root;  // built web UI; default: web/dist beside the binary's project, if present
  int threads = 0;
  int pool_size = 4;
  int max_body_kb = 1024;
  int max_upload_mb = 20;
  int read_timeout_s = 30;
  int idle_timeout_s = 60;
  bool access_log = true;
  bool test_clock = false;
  // Beijing hour (0–23) of the daily ledger warnings sweep; -1 ("off"): only POST …/warnings/notify sends.
  int ledger_warnings_hour = 8;

  std::string host() const;
  int port() const;
};

struct CommandLine {
  std::vector<std::string> positional;
  std::map<std::string, std::string> flags;  // --key value / --key=value; bare --flag → "true"
  bool help = false;
};

// Splits arguments; `boolean_flags` take no value.
CommandLine parse_command_line(const std::vector<std::string>& args, const std::vector<std::string>& boolean_flags);

// Builds the configuration: file (--config or KECHUANG_CONFIG), then KECHUANG_* variables, then flags.
// Flags that are not configuration keys are left for the subcommand in `rest`.
Config load_config(const CommandLine& cl, std::map<std::string, std::string>& rest);

// One line per key for --help.
std::string config_help();

}  // namespace kc::app
