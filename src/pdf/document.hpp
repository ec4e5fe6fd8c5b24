#pragma once
// The document model the PDF renderer understands: an A4 report made of a title, meta lines, headings,
// paragraphs and tables. Modules build one of these and never touch cairo or pango themselves.
#include <string>
#include <variant>
#include <vector>

namespace kc::pdf {

// The CJK families Debian's fonts-noto-cjk installs.
inline constexpr const char* kSansFamily = "Noto Sans CJK SC";
inline constexpr const char* kSerifFamily = "Noto Serif CJK SC";

enum class Align { Left, Right, Center };

struct Column {
  std::string header;
  double width = 1;          // a fraction of the text width; fractions are normalised to their sum
  Align align = Align::Left;  // numbers read best right-aligned
};

// Cells wrap inside their column; the header row is repeated at the top of every page the table spans.
struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // each row has one cell per column (missing cells are blank)
  bool striped = true;
};

struct Heading {
  std::string text;
};

struct Paragraph {
  std::string text;
};

using Block = std::variant<Heading, Paragraph, Table>;

struct Document {
  std::string title;
  std::vector<std::string> meta_lines;  // subtitle lines under the title (issuer, period, scope)
  std::string generated_at;             // printed as "生成时间：…" when not empty
  std::vector<Block> blocks;
  std::string font_family = kSansFamily;
};

}  // namespace kc::pdf
