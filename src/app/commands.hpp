#pragma once
#include <string>
#include <vector>

namespace kc::app {
// Runs one subcommand; returns the process exit code. Unknown commands exit 2.
int run_command(const std::string& command, const std::vector<std::string>& args);
}
