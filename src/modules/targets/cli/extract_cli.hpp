#pragma once
// `kechuang extract-targets FILE`: prints the targets, responsibilities and money standards the
// reader finds in a policy document (.txt, .docx or .pdf) as one JSON object.
#include <ostream>
#include <string>
#include <vector>

namespace kc::targets {

// `args` are the words after the program name; a leading "extract-targets" is accepted and skipped.
// Returns 0 on success, 2 for bad usage or an unreadable file (a JSON error on `err`).
int run_extract_targets_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace kc::targets
