#pragma once
// `kechuang assess tech-sme|high-tech`: reads the contract's input JSON on stdin and prints the result.
// Exit 0 when an assessment was made (whatever its outcome); 2 with {"error": {...}} on stderr for
// invalid input; 2 with the usage text on stderr for a wrong command line; 1 for an internal error.
#include <iosfwd>
#include <string>
#include <vector>

namespace kc::cultivation {

// `args` are the words after the program name; a leading "assess" is accepted and skipped, so both
// {"assess", "tech-sme"} and {"tech-sme"} work.
int run_assess_cli(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace kc::cultivation
