#include "pdf/page_builder.hpp"

#include <algorithm>
#include <numeric>

namespace kc::pdf::detail {
namespace {

constexpr double kCellPadding = 4;
constexpr double kHeaderGray = 0.86;
constexpr double kStripeGray = 0.95;
constexpr double kNoFill = -1;
constexpr TextStyle kTableText{9.5};
constexpr TextStyle kTableHeader{9.5, true, Align::Center};

PangoAlignment pango_alignment(Align a) {
  switch (a) {
    case Align::Right: return PANGO_ALIGN_RIGHT;
    case Align::Center: return PANGO_ALIGN_CENTER;
    default: return PANGO_ALIGN_LEFT;
  }
}

// Column fractions normalised to the text width; a table with no positive widths gets equal columns.
std::vector<double> column_widths(const Table& t) {
  double sum = 0;
  for (const auto& c : t.columns) sum += std::max(c.width, 0.0);
  std::vector<double> out;
  for (const auto& c : t.columns)
    out.push_back(Geometry::kTextWidth * (sum > 0 ? std::max(c.width, 0.0) / sum : 1.0 / t.columns.size()));
  return out;
}

}  // namespace

LayoutRef TextFactory::make(const std::string& text, const TextStyle& style, double width) const {
  LayoutRef layout(pango_layout_new(ctx_), g_object_unref);
  PangoFontDescription* font = pango_font_description_from_string(family_.c_str());
  pango_font_description_set_family(font, family_.c_str());
  pango_font_description_set_size(font, static_cast<int>(style.size_pt * PANGO_SCALE));
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);  // Chinese has no spaces: break between characters
  pango_layout_set_alignment(layout.get(), pango_alignment(style.align));
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  if (style.gray > 0) {
    PangoAttrList* attrs = pango_attr_list_new();
    auto level = static_cast<guint16>(style.gray * 65535);
    pango_attr_list_insert(attrs, pango_attr_foreground_new(level, level, level));
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
  }
  return layout;
}

double TextFactory::height_of(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

void PageBuilder::new_page() {
  pages_.emplace_back();
  y_ = Geometry::kMarginTop;
}

void PageBuilder::block(const std::string& text, const TextStyle& style, double space_after) {
  auto layout = text_.make(text, style, Geometry::kTextWidth);
  double h = TextFactory::height_of(layout.get());
  if (y_ + h > Geometry::kBottom && !page_is_empty()) new_page();
  pages_.back().push_back(TextOp{layout, Geometry::kMarginX, y_});
  y_ += h + space_after;
}

void PageBuilder::title(const std::string& text) { block(text, {18, true, Align::Center}, 8); }
void PageBuilder::meta_line(const std::string& text) { block(text, {10, false, Align::Center, 0.3}, 3); }
void PageBuilder::paragraph(const std::string& text) { block(text, {10.5}, 6); }

void PageBuilder::heading(const std::string& text) {
  y_ += 8;
  // A heading alone at the foot of a page belongs on the next one.
  if (y_ + 60 > Geometry::kBottom) new_page();
  block(text, {13, true}, 6);
}

PageBuilder::BuiltRow PageBuilder::build_row(const Table& t, const std::vector<double>& widths,
                                             const std::vector<std::string>& cells, bool header) const {
  BuiltRow row;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    TextStyle style = header ? kTableHeader : kTableText;
    if (!header) style.align = t.columns[c].align;
    auto layout = text_.make(c < cells.size() ? cells[c] : "", style, widths[c] - 2 * kCellPadding);
    row.height = std::max(row.height, TextFactory::height_of(layout.get()) + 2 * kCellPadding);
    row.cells.push_back(std::move(layout));
  }
  return row;
}

void PageBuilder::place_row(const BuiltRow& row, const std::vector<double>& widths, double fill_gray) {
  auto& page = pages_.back();
  if (fill_gray != kNoFill) page.push_back(FillOp{Geometry::kMarginX, y_, Geometry::kTextWidth, row.height, fill_gray});
  double x = Geometry::kMarginX;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    page.push_back(FrameOp{x, y_, widths[c], row.height});
    page.push_back(TextOp{row.cells[c], x + kCellPadding, y_ + kCellPadding});
    x += widths[c];
  }
  y_ += row.height;
}

void PageBuilder::table(const Table& t) {
  if (t.columns.empty()) return;
  auto widths = column_widths(t);
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.header);
  const BuiltRow header = build_row(t, widths, headers, true);
  bool header_placed = false;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    BuiltRow row = build_row(t, widths, t.rows[i], false);
    if (header_placed && y_ + row.height > Geometry::kBottom) {
      new_page();
      header_placed = false;
    }
    if (!header_placed) {
      // Never leave a header alone at the foot of a page.
      if (y_ + header.height + row.height > Geometry::kBottom && !page_is_empty()) new_page();
      place_row(header, widths, kHeaderGray);
      header_placed = true;
    }
    place_row(row, widths, t.striped && i % 2 == 1 ? kStripeGray : kNoFill);
  }
  if (t.rows.empty()) {
    place_row(header, widths, kHeaderGray);
    place_row(build_row(t, {Geometry::kTextWidth}, {"暂无数据"}, false), {Geometry::kTextWidth}, kNoFill);
  }
  y_ += 10;
}

}  // namespace kc::pdf::detail
