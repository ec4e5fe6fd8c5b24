#pragma once
// A small RFC 4180 CSV reader for the reference files shipped with kechuang: comma separated, fields optionally
// in double quotes (a quote inside is doubled), LF or CRLF line ends, first line is the header.
#include <string>
#include <string_view>
#include <vector>

namespace kc::registry {

using CsvRecord = std::vector<std::string>;

class CsvTable {
 public:
  // Throws std::runtime_error naming `source` and the line for malformed input (an unterminated quote,
  // text after a closing quote, a record whose field count differs from the header's).
  static CsvTable parse(std::string_view text, std::string_view source);

  const std::vector<CsvRecord>& records() const { return records_; }
  // Index of a header column; throws std::runtime_error if the file lacks it.
  std::size_t column(std::string_view name) const;

 private:
  std::string source_;
  CsvRecord header_;
  std::vector<CsvRecord> records_;
};

}  // namespace kc::registry
