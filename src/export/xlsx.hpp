#pragma once
// Excel output (libxlsxwriter) in constant memory: rows are written as they come.
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kc::xlsx {

class Writer {
 public:
  // Creates `path` with one sheet; headers go in bold on the first row.
  Writer(const std::string& path, const std::string& sheet_name, const std::vector<std::string>& headers);
  ~Writer();
  void row(const std::vector<std::string>& cells);
  void close();  // writes the file; throws on failure

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Writes an .xlsx to a temporary file and returns its bytes.
std::string build(const std::string& sheet_name, const std::vector<std::string>& headers,
                  const std::function<void(Writer&)>& fill, const std::string& tmp_dir);

}  // namespace kc::xlsx
