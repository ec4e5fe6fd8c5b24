// The import template: sheet 1 holds only the header row (required columns marked *), so that an untouched
// template imports nothing; sheet 2 "填写说明" explains each column and shows an example row.
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"
#include "core/clock.hpp"
#include "tabular/imports/routes.hpp"

namespace kc::imports {
namespace {

const char* kind_name(tabular::FieldKind k) {
  switch (k) {
    case tabular::FieldKind::Integer: return "整数";
    case tabular::FieldKind::Yuan: return "金额（元，最多两位小数）";
    case tabular::FieldKind::Date: return "日期（YYYY-MM-DD 或 Excel 日期）";
    case tabular::FieldKind::Text: break;
  }
  return "文本";
}

std::string header_label(const tabular::FieldSpec& f) { return f.label + (f.required ? "*" : ""); }

void write_data_sheet(lxw_workbook* wb, const ImportKind& kind, lxw_format* bold, lxw_format* text) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kind.title.c_str());
  for (std::size_t i = 0; i < kind.fields.size(); ++i) {
    auto col = static_cast<lxw_col_t>(i);
    // Text columns are formatted as text so that Excel keeps leading zeros and long digit strings (codes).
    bool is_text = kind.fields[i].kind == tabular::FieldKind::Text;
    worksheet_set_column(ws, col, col, 18, is_text ? text : nullptr);
    worksheet_write_string(ws, 0, col, header_label(kind.fields[i]).c_str(), bold);
  }
  worksheet_freeze_panes(ws, 1, 0);
}

void write_notes_sheet(lxw_workbook* wb, const ImportKind& kind, lxw_format* bold) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "填写说明");
  worksheet_set_column(ws, 0, 0, 24, nullptr);
  worksheet_set_column(ws, 1, 4, 30, nullptr);
  lxw_row_t row = 0;
  for (const auto& note : kind.notes) worksheet_write_string(ws, row++, 0, note.c_str(), nullptr);
  ++row;
  const char* headers[] = {"列名", "字段", "必填", "格式", "说明"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(ws, row, c, headers[c], bold);
  for (const auto& f : kind.fields) {
    ++row;
    worksheet_write_string(ws, row, 0, f.label.c_str(), nullptr);
    worksheet_write_string(ws, row, 1, f.key.c_str(), nullptr);
    worksheet_write_string(ws, row, 2, f.required ? "是" : "否", nullptr);
    worksheet_write_string(ws, row, 3, kind_name(f.kind), nullptr);
    worksheet_write_string(ws, row, 4, f.note.c_str(), nullptr);
  }
  row += 2;
  worksheet_write_string(ws, row++, 0, "示例行（复制到第一个工作表的表头下方）：", bold);
  for (std::size_t i = 0; i < kind.fields.size(); ++i) {
    auto col = static_cast<lxw_col_t>(i);
    worksheet_write_string(ws, row, col, header_label(kind.fields[i]).c_str(), bold);
    worksheet_write_string(ws, row + 1, col, kind.fields[i].example.c_str(), nullptr);
  }
}

}  // namespace

std::string template_xlsx(const ImportKind& kind, const std::string& tmp_dir) {
  std::filesystem::create_directories(tmp_dir);
  std::string path = tmp_dir + "/import-template-" + random_hex(8) + ".xlsx";
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) throw ApiError(Err::Internal, "无法生成模板");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format(text, "@");
  write_data_sheet(wb, kind, bold, text);
  write_notes_sheet(wb, kind, bold);
  if (workbook_close(wb) != LXW_NO_ERROR) throw ApiError(Err::Internal, "无法生成模板");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace kc::imports
