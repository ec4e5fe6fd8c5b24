// Embeds the reference CSVs with the assembler's .incbin: no generated sources, no runtime file access.
// CMake passes each file's absolute path and SHA-256 as definitions; the digest is compiled into the object
// (and so into ccache's key), and OBJECT_DEPENDS rebuilds this file when a CSV changes.
#include "modules/registry/domain/embedded_reference.hpp"

#if !defined(KC_REF_DIVISIONS_PATH) || !defined(KC_REF_INDUSTRIES_PATH) || !defined(KC_REF_HIGHTECH_PATH)
#error "CMake must define KC_REF_*_PATH and KC_REF_*_SHA256 (see src/modules/registry/CMakeLists.txt)"
#endif

// Defines <symbol>_begin/<symbol>_end around the file's bytes in read-only data.
#define KC_EMBED_FILE(symbol, path)                                                        \
  asm(".pushsection .rodata\n"                                                             \
      ".balign 16\n"                                                                       \
      ".hidden " #symbol "_begin\n.hidden " #symbol "_end\n"                               \
      ".globl " #symbol "_begin\n.globl " #symbol "_end\n" #symbol "_begin:\n"             \
      ".incbin \"" path "\"\n" #symbol "_end:\n"                                           \
      ".popsection\n");                                                                    \
  extern "C" const char symbol##_begin[] __attribute__((visibility("hidden")));            \
  extern "C" const char symbol##_end[] __attribute__((visibility("hidden")));

KC_EMBED_FILE(kc_ref_divisions_csv, KC_REF_DIVISIONS_PATH)
KC_EMBED_FILE(kc_ref_industries_csv, KC_REF_INDUSTRIES_PATH)
KC_EMBED_FILE(kc_ref_hightech_csv, KC_REF_HIGHTECH_PATH)

namespace kc::registry {
namespace {

std::string_view between(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

}  // namespace

EmbeddedFile embedded_divisions() {
  return {"divisions.csv", between(kc_ref_divisions_csv_begin, kc_ref_divisions_csv_end), KC_REF_DIVISIONS_SHA256};
}

EmbeddedFile embedded_industries() {
  return {"gbt4754_2017.csv", between(kc_ref_industries_csv_begin, kc_ref_industries_csv_end),
          KC_REF_INDUSTRIES_SHA256};
}

EmbeddedFile embedded_hightech_fields() {
  return {"hightech_fields.csv", between(kc_ref_hightech_csv_begin, kc_ref_hightech_csv_end), KC_REF_HIGHTECH_SHA256};
}

}  // namespace kc::registry
