// .pdf text through poppler's pdftotext (Debian poppler-utils) as a subprocess: poppler's layout
// mode keeps reading order for the single-column text of government documents.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "core/errors.hpp"
#include "modules/targets/extract/document_loader.hpp"

namespace kc::targets {
namespace {

[[noreturn]] void fail(const std::string& why) {
  throw kc::ApiError(kc::Err::FieldInvalid, "无法读取 PDF 文档：" + why, "file");
}

class TempFile {
 public:
  explicit TempFile(std::string_view bytes) {
    int fd = mkstemp(path_);
    if (fd < 0) fail("无法创建临时文件");
    std::size_t written = 0;
    while (written < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
      if (n <= 0) break;
      written += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (written != bytes.size()) fail("无法写入临时文件");
  }
  ~TempFile() { ::unlink(path_); }
  const char* path() const { return path_; }

 private:
  char path_[32] = "/tmp/kc-extract-XXXXXX";
};

}  // namespace

std::string pdf_to_text(std::string_view bytes) {
  TempFile file(bytes);
  // The path comes from mkstemp (letters and digits only), so it is safe inside the command line.
  std::string command = std::string("pdftotext -layout -enc UTF-8 ") + file.path() + " - 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) fail("无法启动 pdftotext");
  std::string out;
  char buf[8192];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  int status = pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) fail("pdftotext 无法解析该文件");
  return out;
}

}  // namespace kc::targets
