#include "export/xlsx.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/clock.hpp"

namespace kc::xlsx {

struct Writer::Impl {
  lxw_workbook* wb = nullptr;
  lxw_worksheet* ws = nullptr;
  lxw_format* bold = nullptr;
  lxw_row_t next = 0;
};

Writer::Writer(const std::string& path, const std::string& sheet_name, const std::vector<std::string>& headers)
    : impl_(std::make_unique<Impl>()) {
  lxw_workbook_options opts{};
  opts.constant_memory = LXW_TRUE;  // rows go to disk as they are written
  impl_->wb = workbook_new_opt(path.c_str(), &opts);
  if (!impl_->wb) throw std::runtime_error("xlsx: cannot create " + path);
  impl_->ws = workbook_add_worksheet(impl_->wb, sheet_name.c_str());
  impl_->bold = workbook_add_format(impl_->wb);
  format_set_bold(impl_->bold);
  for (std::size_t c = 0; c < headers.size(); ++c) {
    worksheet_write_string(impl_->ws, 0, static_cast<lxw_col_t>(c), headers[c].c_str(), impl_->bold);
    worksheet_set_column(impl_->ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 18, nullptr);
  }
  impl_->next = 1;
}

Writer::~Writer() {
  if (impl_->wb) workbook_close(impl_->wb);
}

void Writer::row(const std::vector<std::string>& cells) {
  for (std::size_t c = 0; c < cells.size(); ++c)
    worksheet_write_string(impl_->ws, impl_->next, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
  ++impl_->next;
}

void Writer::close() {
  lxw_error e = workbook_close(impl_->wb);
  impl_->wb = nullptr;
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(e));
}

std::string build(const std::string& sheet_name, const std::vector<std::string>& headers,
                  const std::function<void(Writer&)>& fill, const std::string& tmp_dir) {
  std::filesystem::create_directories(tmp_dir);
  std::string path = tmp_dir + "/export-" + random_hex(8) + ".xlsx";
  try {
    Writer w(path, sheet_name, headers);
    fill(w);
    w.close();
  } catch (...) {
    // A refused or failed export (e.g. too many rows) leaves no half-written file behind.
    std::filesystem::remove(path);
    throw;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  std::filesystem::remove(path);
  return s.str();
}

}  // namespace kc::xlsx
