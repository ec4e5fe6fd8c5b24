#include "pdf/renderer.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

#include "pdf/fonts.hpp"
#include "pdf/page_builder.hpp"

namespace kc::pdf {
namespace {

using namespace detail;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A pango context measuring in points (72 dpi, the PDF unit) without hinting, so that text laid out here
// is exactly as wide when drawn.
std::unique_ptr<PangoContext, decltype(&g_object_unref)> pdf_context() {
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> ctx(pango_font_map_create_context(thread_font_map()),
                                                               g_object_unref);
  pango_cairo_context_set_resolution(ctx.get(), 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(ctx.get(), options);
  cairo_font_options_destroy(options);
  return ctx;
}

std::vector<Page> lay_out(const Document& doc, const TextFactory& text) {
  PageBuilder pages(text);
  if (!doc.title.empty()) pages.title(doc.title);
  for (const auto& line : doc.meta_lines)
    if (!line.empty()) pages.meta_line(line);
  if (!doc.generated_at.empty()) pages.meta_line("生成时间：" + doc.generated_at);
  for (const auto& block : doc.blocks) {
    std::visit([&](const auto& b) {
      using T = std::decay_t<decltype(b)>;
      if constexpr (std::is_same_v<T, Heading>) pages.heading(b.text);
      else if constexpr (std::is_same_v<T, Paragraph>) pages.paragraph(b.text);
      else pages.table(b);
    }, block);
  }
  return pages.finish();
}

// The lines of a sliced layout that start inside the slice, each exactly once over all slices (a clip would
// leave the hidden lines in the file, found twice by search and copy).
void show_slice(cairo_t* cr, const TextOp& o) {
  PangoLayoutIter* it = pango_layout_get_iter(o.layout.get());
  do {
    int top = 0, bottom = 0;
    pango_layout_iter_get_line_yrange(it, &top, &bottom);
    const double line_top = static_cast<double>(top) / PANGO_SCALE;
    if (line_top < o.clip_top || line_top >= o.clip_top + o.clip_height) continue;
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    cairo_move_to(cr, o.x + static_cast<double>(logical.x) / PANGO_SCALE,
                  o.y - o.clip_top + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE);
    pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

void draw(cairo_t* cr, const Op& op) {
  std::visit([&](const auto& o) {
    using T = std::decay_t<decltype(o)>;
    if constexpr (std::is_same_v<T, FillOp>) {
      cairo_set_source_rgb(cr, o.gray, o.gray, o.gray);
      cairo_rectangle(cr, o.x, o.y, o.w, o.h);
      cairo_fill(cr);
    } else if constexpr (std::is_same_v<T, FrameOp>) {
      cairo_set_source_rgb(cr, 0.55, 0.55, 0.55);
      cairo_set_line_width(cr, 0.5);
      cairo_rectangle(cr, o.x, o.y, o.w, o.h);
      cairo_stroke(cr);
    } else {
      cairo_set_source_rgb(cr, 0, 0, 0);
      if (o.clip_height > 0) {
        show_slice(cr, o);
      } else {
        cairo_move_to(cr, o.x, o.y);
        pango_cairo_show_layout(cr, o.layout.get());
      }
    }
  }, op);
}

void draw_footer(cairo_t* cr, const TextFactory& text, std::size_t number, std::size_t total) {
  auto footer = text.make("第 " + std::to_string(number) + " 页 共 " + std::to_string(total) + " 页",
                          {9, false, Align::Center, 0.3}, Geometry::kTextWidth);
  draw(cr, TextOp{footer, Geometry::kMarginX, Geometry::kFooterTop});
}

}  // namespace

std::string render(const Document& doc) {
  require_family(doc.font_family);
  auto ctx = pdf_context();
  TextFactory text(ctx.get(), doc.font_family);
  auto pages = lay_out(doc, text);

  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &bytes, Geometry::kPageWidth,
                                                                 Geometry::kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "kechuang");
  cairo_t* cr = cairo_create(surface);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    for (const auto& op : pages[i]) draw(cr, op);
    draw_footer(cr, text, i + 1, pages.size());
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("pdf: cairo failed: ") + cairo_status_to_string(status));
  return bytes;
}

}  // namespace kc::pdf
