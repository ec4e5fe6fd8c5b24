#pragma once
// The first worksheet of an .xlsx workbook (Office Open XML, ECMA-376 Part 1 §18) as rows of cells.
#include <string_view>

#include "tabular/sheet.hpp"

namespace kc::tabular {

// Throws ApiError(FieldInvalid, "无法读取 Excel 文件：…", "file") for a damaged workbook and for a sheet over the
// limits (rows, characters per cell).
Sheet read_xlsx(std::string_view bytes, const Limits& limits);

// "A" → 0, "Z" → 25, "AA" → 26 from a cell reference such as "AB12"; -1 when it has no column letters.
int column_index(std::string_view cell_ref);
// The column letters of a 0-based index: 0 → "A", 27 → "AB".
std::string column_letters(int index);

}  // namespace kc::tabular
