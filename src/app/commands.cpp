#include "app/commands.hpp"

#include <filesystem>
#include <functional>
#include <iostream>
#include <map>

#include "app/config.hpp"
#include "app/platform.hpp"
#include "audit/audit_log.hpp"
#include "modules/cultivation/cli/assess_cli.hpp"
#include "modules/cultivation/reassess.hpp"
#include "modules/market/imports/listing_import.hpp"
#include "modules/targets/cli/extract_cli.hpp"

namespace kc::app {

int serve(const Config& cfg);
int demo_data(const Config& cfg, const std::map<std::string, std::string>& opts);
int user_add(const Config& cfg, const std::map<std::string, std::string>& opts);

namespace {

struct Command {
  std::string help;
  std::vector<std::string> boolean_flags;
  std::function<int(const Config&, const CommandLine&, const std::map<std::string, std::string>&)> run;
};

void reject_unknown(const std::map<std::string, std::string>& rest, const std::vector<std::string>& allowed) {
  for (const auto& [k, v] : rest)
    if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) throw ConfigError("unknown option --" + k);
}

std::string required(const std::map<std::string, std::string>& rest, const std::string& key) {
  auto it = rest.find(key);
  if (it == rest.end() || it->second.empty()) throw ConfigError("option --" + key + " is required");
  return it->second;
}

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> c{
      {"serve",
       {"kechuang serve [--listen HOST:PORT] [--web-root DIR] [--test-clock]\n  Migrates, then serves the API and web UI.",
        {"test-clock", "access-log"},
        [](const Config& cfg, const CommandLine&, const auto& rest) {
          reject_unknown(rest, {});
          return serve(cfg);
        }}},
      {"migrate",
       {"kechuang migrate\n  Applies the database migrations that have not run yet.", {},
        [](const Config& cfg, const CommandLine&, const auto& rest) {
          reject_unknown(rest, {});
          std::filesystem::create_directories(cfg.data_dir);
          open_and_migrate(cfg, std::cout);
          std::cout << "database is up to date\n";
          return 0;
        }}},
      {"demo-data",
       {"kechuang demo-data [--orgs N] [--seed S]\n  Loads deterministic demo organisations across 河南省 and the demo accounts.",
        {},
        [](const Config& cfg, const CommandLine&, const auto& rest) {
          reject_unknown(rest, {"orgs", "seed"});
          return demo_data(cfg, rest);
        }}},
      {"user",
       {"kechuang user add --role ROLE --username NAME --password-stdin [--display-name NAME] [--org-id ID]\n"
        "  Creates an account; the password is read from the first line of standard input.",
        {"password-stdin"},
        [](const Config& cfg, const CommandLine& cl, const auto& rest) {
          if (cl.positional.size() != 1 || cl.positional[0] != "add") throw ConfigError("expected: user add …");
          reject_unknown(rest, {"role", "username", "password-stdin", "display-name", "org-id"});
          return user_add(cfg, rest);
        }}},
      {"backup",
       {"kechuang backup --to FILE\n  SQLite: online backup; PostgreSQL: pg_dump custom format.", {},
        [](const Config& cfg, const CommandLine&, const auto& rest) {
          reject_unknown(rest, {"to"});
          std::string to = required(rest, "to");
          auto db = db::open_database(cfg.db, 1);
          db->backup_to(to);
          std::cout << "backed up to " << to << "\n";
          return 0;
        }}},
      {"restore",
       {"kechuang restore --from FILE\n  Replaces the database's content with a backup. Stop the server first.", {},
        [](const Config& cfg, const CommandLine&, const auto& rest) {
          reject_unknown(rest, {"from"});
          std::string from = required(rest, "from");
          if (!std::filesystem::exists(from)) throw ConfigError("option --from: no such file " + from);
          std::filesystem::create_directories(cfg.data_dir);
          auto db = db::open_database(cfg.db, 1);
          db->restore_from(from);
          std::cout << "restored from " << from << "\n";
          return 0;
        }}},
      {"cultivation",
       {"kechuang cultivation reassess --year YYYY\n  Yearly re-assessment of the 高企 reserve pool (有进有出).", {},
        [](const Config& cfg, const CommandLine& cl, const auto& rest) {
          auto db = open_and_migrate(cfg, std::cerr);
          return cultivation::run_cultivation_command(*db, SystemClock(), cl.positional, rest, std::cout, std::cerr);
        }}},
      {"import",
       {"kechuang import achievements|demands --file F [--org-credit-code C]\n  Imports JSON Lines, .xlsx or CSV rows, "
        "published; prints the row errors. Exit 0: all rows imported, 2: some rows failed (the others imported).",
        {},
        [](const Config& cfg, const CommandLine& cl, const auto& rest) {
          reject_unknown(rest, {"file", "org-credit-code"});
          auto db = open_and_migrate(cfg, std::cerr);
          return market::run_import_command(*db, SystemClock(), cfg.data_dir, cl.positional, rest, std::cout, std::cerr);
        }}},
      {"audit",
       {"kechuang audit verify\n  Checks the SM3 hash chain; names every edited, inserted or deleted entry.", {},
        [](const Config& cfg, const CommandLine& cl, const auto& rest) {
          if (cl.positional.size() != 1 || cl.positional[0] != "verify") throw ConfigError("expected: audit verify");
          reject_unknown(rest, {});
          auto db = open_and_migrate(cfg, std::cerr);
          return audit::run_verify_command(*db, std::cout);
        }}},
  };
  return c;
}

}  // namespace

int run_command(const std::string& command, const std::vector<std::string>& args) {
  // Pure commands that need no database take their own arguments.
  if (command == "assess") return cultivation::run_assess_cli(args, std::cin, std::cout, std::cerr);
  if (command == "extract-targets") return targets::run_extract_targets_cli(args, std::cout, std::cerr);
  auto it = commands().find(command);
  if (it == commands().end()) {
    std::cerr << "kechuang: unknown command '" << command << "' (kechuang --help lists them)\n";
    return 2;
  }
  const Command& cmd = it->second;
  CommandLine cl = parse_command_line(args, cmd.boolean_flags);
  if (cl.help) {
    std::cout << cmd.help << "\n\n" << config_help();
    return 0;
  }
  std::map<std::string, std::string> rest;
  Config cfg = load_config(cl, rest);
  return cmd.run(cfg, cl, rest);
}

}  // namespace kc::app
