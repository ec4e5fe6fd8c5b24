#include "tabular/zip_archive.hpp"

#include <zip.h>

namespace kc::tabular {

struct ZipArchive::Impl {
  zip_t* archive = nullptr;
};

ZipArchive::ZipArchive(std::string_view bytes) : impl_(std::make_unique<Impl>()) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) throw ZipError("压缩包无效");
  impl_->archive = zip_open_from_source(src, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!impl_->archive) {
    zip_source_free(src);
    throw ZipError("压缩包无效");
  }
}

ZipArchive::~ZipArchive() {
  if (impl_->archive) zip_discard(impl_->archive);
}

std::optional<std::string> ZipArchive::entry(const std::string& name, std::size_t max_bytes) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(impl_->archive, name.c_str(), 0, &st) != 0) return std::nullopt;
  if (!(st.valid & ZIP_STAT_SIZE)) throw ZipError(name + " 大小未知");
  if (st.size > max_bytes) throw ZipError(name + " 解压后过大");
  zip_file_t* file = zip_fopen(impl_->archive, name.c_str(), 0);
  if (!file) throw ZipError("无法打开 " + name);
  std::string out(st.size, '\0');
  zip_int64_t n = zip_fread(file, out.data(), st.size);
  zip_fclose(file);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) throw ZipError(name + " 读取不完整");
  return out;
}

}  // namespace kc::tabular
