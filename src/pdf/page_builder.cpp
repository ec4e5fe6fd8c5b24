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

double TextFactory::slice_end(PangoLayout* layout, double from, double room) {
  double end = from;
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  do {
    int top = 0, bottom = 0;
    pango_layout_iter_get_line_yrange(it, &top, &bottom);
    double line_bottom = static_cast<double>(bottom) / PANGO_SCALE;
    if (line_bottom > from + room) break;
    end = std::max(end, line_bottom);
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  return end;
}

void PageBuilder::new_page() {
  pages_.emplace_back();
  y_ = Geometry::kMarginTop;
}

void PageBuilder::block(const std::string& text, const TextStyle& style, double space_after) {
  auto layout = text_.make(text, style, Geometry::kTextWidth);
  // The bottom of the last line (slices end on line bottoms, so this is where the text is done).
  const double h = TextFactory::slice_end(layout.get(), 0, TextFactory::height_of(layout.get()));
  const bool fits_a_page = h <= Geometry::kBottom - Geometry::kMarginTop;
  if (y_ + h > Geometry::kBottom && !page_is_empty() && fits_a_page) new_page();
  // Text taller than the room left continues on the next pages, cut between lines.
  for (double done = 0; done < h;) {
    const double room = Geometry::kBottom - y_;
    double end = TextFactory::slice_end(layout.get(), done, room);
    if (end == done) {
      if (!page_is_empty()) {
        new_page();
        continue;
      }
      end = std::min(h, done + room);  // a single line taller than a page is cut
    }
    pages_.back().push_back(TextOp{layout, Geometry::kMarginX, y_, done, end - done});
    y_ += end - done;
    done = end;
    if (done < h) new_page();
  }
  y_ += space_after;
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

void PageBuilder::place_tall_row(const BuiltRow& row, const std::vector<double>& widths, double fill_gray,
                                 const BuiltRow& header) {
  std::vector<double> done(row.cells.size(), 0);
  auto text_end = [&](std::size_t c) {  // the bottom of the cell's last line
    return TextFactory::slice_end(row.cells[c].get(), 0, TextFactory::height_of(row.cells[c].get()));
  };
  auto finished = [&] {
    for (std::size_t c = 0; c < done.size(); ++c)
      if (done[c] < text_end(c)) return false;
    return true;
  };
  const double page_top = Geometry::kMarginTop + header.height;  // where a continuation starts
  for (;;) {
    const double room = Geometry::kBottom - y_ - 2 * kCellPadding;
    std::vector<double> end(done.size());
    bool progress = false;
    for (std::size_t c = 0; c < done.size(); ++c) {
      end[c] = TextFactory::slice_end(row.cells[c].get(), done[c], room);
      progress = progress || end[c] > done[c];
    }
    if (!progress && y_ > page_top) {  // not one more line fits here: continue on the next page
      new_page();
      place_row(header, widths, kHeaderGray);
      continue;
    }
    BuiltRow slice;
    for (std::size_t c = 0; c < done.size(); ++c) {
      const double h = text_end(c);
      if (!progress && done[c] < h) end[c] = std::min(h, done[c] + room);  // a line taller than a page is cut
      slice.height = std::max(slice.height, end[c] - done[c] + 2 * kCellPadding);
    }
    auto& page = pages_.back();
    if (fill_gray != kNoFill) page.push_back(FillOp{Geometry::kMarginX, y_, Geometry::kTextWidth, slice.height, fill_gray});
    double x = Geometry::kMarginX;
    for (std::size_t c = 0; c < done.size(); ++c) {
      page.push_back(FrameOp{x, y_, widths[c], slice.height});
      if (end[c] > done[c])
        page.push_back(TextOp{row.cells[c], x + kCellPadding, y_ + kCellPadding, done[c], end[c] - done[c]});
      x += widths[c];
    }
    y_ += slice.height;
    done = end;
    if (finished()) return;
    new_page();
    place_row(header, widths, kHeaderGray);
  }
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
    const double fill = t.striped && i % 2 == 1 ? kStripeGray : kNoFill;
    if (row.height > Geometry::kBottom - Geometry::kMarginTop - header.height) {
      if (!header_placed) place_row(header, widths, kHeaderGray);
      header_placed = true;
      place_tall_row(row, widths, fill, header);
      continue;
    }
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
    place_row(row, widths, fill);
  }
  if (t.rows.empty()) {
    place_row(header, widths, kHeaderGray);
    place_row(build_row(t, {Geometry::kTextWidth}, {"暂无数据"}, false), {Geometry::kTextWidth}, kNoFill);
  }
  y_ += 10;
}

}  // namespace kc::pdf::detail
