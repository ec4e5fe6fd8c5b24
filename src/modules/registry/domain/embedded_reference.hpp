#pragma once
// The reference CSV files of data/reference/, embedded into the binary at build time (see embedded_reference.cpp),
// so a deployment needs no data files beside the executable.
#include <string_view>

namespace kc::registry {

struct EmbeddedFile {
  std::string_view name;    // file name under data/reference/
  std::string_view text;    // its whole content
  std::string_view sha256;  // hex digest computed by CMake when the build was configured
};

EmbeddedFile embedded_divisions();        // divisions.csv: administrative divisions (GB/T 2260 layout)
EmbeddedFile embedded_industries();       // gbt4754_2017.csv: 国民经济行业分类 GB/T 4754-2017
EmbeddedFile embedded_hightech_fields();  // hightech_fields.csv: 国家重点支持的高新技术领域 (2016)

}  // namespace kc::registry
