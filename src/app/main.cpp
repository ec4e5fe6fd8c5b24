// kechuang: the single binary. Subcommands: serve, migrate, demo-data, user, backup, restore, audit,
// cultivation, assess, extract-targets.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "app/config.hpp"

namespace {

const char* kUsage =
    "usage: kechuang COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  serve            migrate, then serve the API and the web UI\n"
    "  migrate          apply database migrations\n"
    "  demo-data        load demo organisations and accounts (--orgs N --seed S)\n"
    "  user add         create an account (--role R --username U --password-stdin)\n"
    "  backup           copy the database to a file (--to FILE)\n"
    "  restore          replace the database with a backup (--from FILE)\n"
    "  audit verify     check the audit trail's hash chain\n"
    "  cultivation reassess --year Y   yearly re-assessment of the 高企 reserve pool\n"
    "  import           achievements|demands --file F [--org-credit-code C]: bulk import\n"
    "  assess           tech-sme|high-tech assessment of JSON on stdin\n"
    "  extract-targets  read targets and responsibilities out of a policy document\n"
    "\n"
    "Every command accepts --db sqlite:PATH|postgresql://… and --data-dir DIR; `kechuang COMMAND --help` says more.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  try {
    return kc::app::run_command(command, args);
  } catch (const kc::app::ConfigError& e) {
    std::cerr << "kechuang " << command << ": " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kechuang " << command << ": " << e.what() << "\n";
    return 1;
  }
}
