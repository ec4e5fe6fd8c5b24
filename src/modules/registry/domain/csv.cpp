#include "modules/registry/domain/csv.hpp"

#include <stdexcept>

namespace kc::registry {
namespace {

class CsvReader {
 public:
  CsvReader(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  bool at_end() const { return pos_ >= text_.size(); }

  // Reads one record and the line end after it.
  CsvRecord next_record() {
    CsvRecord record;
    while (true) {
      record.push_back(next_field());
      if (at_end()) return record;
      char c = text_[pos_++];
      if (c == ',') continue;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      ++line_;
      return record;
    }
  }

  int line() const { return line_; }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(std::string(source_) + " line " + std::to_string(line_) + ": " + what);
  }

 private:
  std::string next_field() { return !at_end() && text_[pos_] == '"' ? quoted_field() : plain_field(); }

  std::string plain_field() {
    std::size_t end = text_.find_first_of(",\r\n", pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string field(text_.substr(pos_, end - pos_));
    if (field.find('"') != std::string::npos) fail("quote inside an unquoted field");
    pos_ = end;
    return field;
  }

  std::string quoted_field() {
    std::string field;
    ++pos_;  // opening quote
    while (true) {
      if (at_end()) fail("unterminated quoted field");
      char c = text_[pos_++];
      if (c != '"') {
        if (c == '\n') ++line_;
        field.push_back(c);
      } else if (pos_ < text_.size() && text_[pos_] == '"') {
        field.push_back('"');
        ++pos_;
      } else {
        break;
      }
    }
    if (!at_end() && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n')
      fail("text after a closing quote");
    return field;
  }

  std::string_view text_;
  std::string_view source_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

CsvTable CsvTable::parse(std::string_view text, std::string_view source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
  CsvReader reader(text, source);
  if (reader.at_end()) reader.fail("empty file, expected a header");
  CsvTable table;
  table.source_ = source;
  table.header_ = reader.next_record();
  while (!reader.at_end()) {
    int line = reader.line();
    CsvRecord record = reader.next_record();
    if (record.size() == 1 && record[0].empty()) continue;  // blank line
    if (record.size() != table.header_.size())
      throw std::runtime_error(std::string(source) + " line " + std::to_string(line) + ": " +
                               std::to_string(record.size()) + " fields, header has " +
                               std::to_string(table.header_.size()));
    table.records_.push_back(std::move(record));
  }
  return table;
}

std::size_t CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return i;
  throw std::runtime_error(source_ + ": no column '" + std::string(name) + "'");
}

}  // namespace kc::registry
