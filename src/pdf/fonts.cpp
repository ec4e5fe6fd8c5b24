#include "pdf/fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <mutex>
#include <set>

#include "core/errors.hpp"

namespace kc::pdf::detail {
namespace {

std::mutex& font_mutex() {
  static std::mutex m;
  return m;
}

bool family_installed(const std::string& family) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcObjectSet* fields = FcObjectSetBuild(FC_FAMILY, nullptr);
  FcFontSet* fonts = FcFontList(nullptr, pattern, fields);
  bool found = fonts && fonts->nfont > 0;
  if (fonts) FcFontSetDestroy(fonts);
  FcObjectSetDestroy(fields);
  FcPatternDestroy(pattern);
  return found;
}

}  // namespace

PangoFontMap* thread_font_map() {
  thread_local PangoFontMap* map = [] {
    std::lock_guard lock(font_mutex());
    return pango_cairo_font_map_get_default();
  }();
  return map;
}

void require_family(const std::string& family) {
  static std::set<std::string> known;  // guarded by font_mutex(); fonts are not uninstalled under a running server
  std::lock_guard lock(font_mutex());
  if (known.contains(family)) return;
  if (!family_installed(family))
    throw ApiError(Err::Unavailable,
                   "服务器缺少 PDF 所需的中文字体“" + family + "”，请安装 Debian 软件包 fonts-noto-cjk");
  known.insert(family);
}

}  // namespace kc::pdf::detail
