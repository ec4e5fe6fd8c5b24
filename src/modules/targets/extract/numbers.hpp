#pragma once
// Numbers (Arabic and Chinese numerals) with their unit, range and comparator: the quantity part of
// "新培育国家高新技术企业20家以上", "5—10家", "1.3亿元左右", "百分之十五", "两个".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/segmenter.hpp"

namespace kc::targets {

struct ParsedNumber {
  double value = 0;
  std::size_t end = 0;  // one past the numeral
  bool chinese = false;
};

// A number starting exactly at s[i]: 20, 1.25, 二十, 两, 一百五十. Chinese numerals do not start with
// 百/千/万/亿, so 每万人 and 千家万户 are not numbers.
std::optional<ParsedNumber> parse_number_at(std::u32string_view s, std::size_t i);

struct Quantity {
  std::size_t begin = 0;      // first character of the number (or of 百分之)
  std::size_t unit_end = 0;   // one past the unit
  std::size_t end = 0;        // one past a trailing comparator (以上, 左右 …) or the unit
  double value = 0;
  std::optional<double> value_max;
  std::u32string unit;
  std::optional<Comparator> suffix_comparator;
  bool chinese_one = false;  // written as the single numeral 一 (一批, 一次办妥): never a target
};

// A quantity (number, optional range, unit, optional trailing comparator) starting at s[i].
std::optional<Quantity> parse_quantity_at(std::u32string_view s, std::size_t i);

// Every quantity of the range that is not inside quotes or book-title marks, not an ordinal (第3) and
// not glued to letters or digits (S0001, G20).
std::vector<Quantity> find_quantities(std::u32string_view s, Range r);

// A comparator word ending exactly at `end` (不少于, 超过, 约 …), if any.
std::optional<Comparator> prefix_comparator(std::u32string_view s, std::size_t end);

bool is_money_unit(std::u32string_view unit);
bool is_rate_unit(std::u32string_view unit);

}  // namespace kc::targets
