#include "pdf/pdf_text.hpp"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <stdexcept>

namespace kc::pdf::testing {
namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::array<char, 4096> buf{};
  while (auto n = fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  if (pclose(pipe) != 0) throw std::runtime_error(command + " failed (is poppler-utils installed?)");
  return out;
}

// The tools read a file; each call gets its own so that tests may run in parallel threads.
struct TempPdf {
  std::filesystem::path path;
  explicit TempPdf(const std::string& bytes) {
    static std::atomic<int> counter{0};
    path = std::filesystem::temp_directory_path() /
           ("kc-pdf-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".pdf");
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempPdf() { std::filesystem::remove(path); }
};

}  // namespace

std::string pdf_text(const std::string& pdf_bytes) {
  TempPdf file(pdf_bytes);
  return run("pdftotext -layout -enc UTF-8 '" + file.path.string() + "' -");
}

int pdf_page_count(const std::string& pdf_bytes) {
  TempPdf file(pdf_bytes);
  std::smatch m;
  auto info = run("pdfinfo '" + file.path.string() + "'");
  if (!std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) throw std::runtime_error("pdfinfo: no page count");
  return std::stoi(m[1]);
}

}  // namespace kc::pdf::testing
