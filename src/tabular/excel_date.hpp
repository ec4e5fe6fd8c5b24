#pragma once
// Dates in .xlsx cells are numbers: days since an epoch, shown as dates by the cell's format.
//   1900 system (the default): serial 1 = 1900-01-01, and Excel counts a 1900-02-29 that never existed
//   (serial 60, kept from Lotus 1-2-3 — ECMA-376 Part 1 §18.17.4.1), so from serial 61 (1900-03-01) on a
//   serial is one more than the true day count.
//   1904 system (workbookPr date1904): serial 0 = 1904-01-01.
#include <optional>
#include <string>
#include <string_view>

namespace kc::tabular {

// "YYYY-MM-DD" for a serial day number as stored in the cell ("45292", "45292.5" — the time of day is
// dropped); nullopt for text that is not a number, for serial 60 in the 1900 system, and outside 1900–9999.
std::optional<std::string> excel_serial_to_iso_date(std::string_view serial, bool date1904);

// Civil date from days since 1970-01-01 (proleptic Gregorian), "YYYY-MM-DD".
std::string iso_date_from_days(long long days_since_epoch);

}  // namespace kc::tabular
