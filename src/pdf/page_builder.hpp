#pragma once
// Internal to the renderer: lays a Document out into A4 pages of positioned drawing operations. Laying out
// everything before drawing is what lets every footer say how many pages there are ("共 M 页").
#include <pango/pango.h>

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "pdf/document.hpp"

namespace kc::pdf::detail {

// A4 in PostScript points (1/72 inch), which is the PDF surface's unit.
struct Geometry {
  static constexpr double kPageWidth = 595.28;
  static constexpr double kPageHeight = 841.89;
  static constexpr double kMarginX = 56.7;  // 20 mm
  static constexpr double kMarginTop = 56.7;
  static constexpr double kMarginBottom = 70.9;  // 25 mm: room for the footer
  static constexpr double kFooterTop = kPageHeight - 45;
  static constexpr double kTextWidth = kPageWidth - 2 * kMarginX;
  static constexpr double kBottom = kPageHeight - kMarginBottom;
};

using LayoutRef = std::shared_ptr<PangoLayout>;  // shared: a table header is drawn on every page

// Draws the layout at (x, y); with a slice, only its lines starting between clip_top and clip_top + clip_height,
// shifted up to (x, y) — how text taller than the room left on a page continues on the next one.
struct TextOp {
  LayoutRef layout;
  double x, y;
  double clip_top = 0;
  double clip_height = 0;  // 0: the whole layout
};
struct FillOp {
  double x, y, w, h, gray;
};
struct FrameOp {
  double x, y, w, h;
};
using Op = std::variant<TextOp, FillOp, FrameOp>;
using Page = std::vector<Op>;

struct TextStyle {
  double size_pt;
  bool bold = false;
  Align align = Align::Left;
  double gray = 0;  // 0 = black
};

// Makes a wrapped pango layout of `text` in `width` points.
class TextFactory {
 public:
  TextFactory(PangoContext* ctx, std::string family) : ctx_(ctx), family_(std::move(family)) {}
  LayoutRef make(const std::string& text, const TextStyle& style, double width) const;
  static double height_of(PangoLayout* layout);
  // Where to end a slice of `layout` that starts at `from` and may be `room` tall: the bottom of the last line
  // that fits; `from` when not even one line fits.
  static double slice_end(PangoLayout* layout, double from, double room);

 private:
  PangoContext* ctx_;
  std::string family_;
};

class PageBuilder {
 public:
  explicit PageBuilder(const TextFactory& text) : text_(text) { new_page(); }
  void title(const std::string& text);
  void meta_line(const std::string& text);
  void heading(const std::string& text);
  void paragraph(const std::string& text);
  void table(const Table& t);
  std::vector<Page> finish() { return std::move(pages_); }

 private:
  struct BuiltRow {
    std::vector<LayoutRef> cells;
    double height = 0;
  };
  void new_page();
  bool page_is_empty() const { return y_ == Geometry::kMarginTop; }
  void block(const std::string& text, const TextStyle& style, double space_after);
  BuiltRow build_row(const Table& t, const std::vector<double>& widths, const std::vector<std::string>& cells,
                     bool header) const;
  void place_row(const BuiltRow& row, const std::vector<double>& widths, double fill_gray);
  // A row taller than a page: sliced at line boundaries, the header repeated above each continuation.
  void place_tall_row(const BuiltRow& row, const std::vector<double>& widths, double fill_gray, const BuiltRow& header);

  const TextFactory& text_;
  std::vector<Page> pages_;
  double y_ = Geometry::kMarginTop;
};

}  // namespace kc::pdf::detail
