#pragma once
// Reading entries of a ZIP archive held in memory (libzip): the container of .docx and .xlsx files.
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kc::tabular {

// The archive is unreadable or an entry is damaged; what() is a Chinese explanation for the user.
class ZipError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ZipArchive {
 public:
  // `bytes` must outlive the archive. Throws ZipError when it is not a ZIP archive.
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The uncompressed entry; nullopt when absent. An entry larger than `max_bytes` is a ZipError (a small
  // upload must not expand into gigabytes: the "zip bomb").
  std::optional<std::string> entry(const std::string& name, std::size_t max_bytes = kDefaultMaxEntryBytes) const;

  static constexpr std::size_t kDefaultMaxEntryBytes = 200u << 20;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kc::tabular
