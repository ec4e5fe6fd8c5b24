#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace kc::http {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool accepts_gzip(const Request& req) { return req.header("accept-encoding").find("gzip") != std::string::npos; }

}  // namespace

std::string content_type_for(const std::string& path) {
  static const std::map<std::string, std::string> kTypes{
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
      {".png", "image/png"},                 {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},              {".json", "application/json"},
      {".woff2", "font/woff2"},              {".woff", "font/woff"},
      {".ttf", "font/ttf"},                  {".txt", "text/plain; charset=utf-8"}};
  auto it = kTypes.find(fs::path(path).extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const std::string& root) {
  if (root.empty() || !fs::is_directory(root)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = "/" + fs::relative(entry.path(), root).generic_string();
    if (ends_with(rel, ".gz")) continue;
    File f;
    f.content_type = content_type_for(rel);
    f.body = read_file(entry.path());
    fs::path gz = entry.path();
    gz += ".gz";
    if (fs::exists(gz)) f.gzip = read_file(gz);
    std::ostringstream etag;
    etag << "\"" << std::hex << std::hash<std::string>{}(f.body) << "-" << f.body.size() << "\"";
    f.etag = etag.str();
    f.immutable = rel.rfind("/assets/", 0) == 0;  // Vite puts content hashes in these names
    files_.emplace(rel, std::move(f));
  }
}

const StaticFiles::File* StaticFiles::find(const std::string& path) const {
  auto it = files_.find(path);
  if (it != files_.end()) return &it->second;
  // Client-side routes of the single-page app get index.html; missing assets are real 404s.
  if (path.rfind("/assets/", 0) == 0) return nullptr;
  it = files_.find("/index.html");
  return it == files_.end() ? nullptr : &it->second;
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  if (req.method != Method::Get && req.method != Method::Head) return std::nullopt;
  if (req.path.find("..") != std::string::npos) return std::nullopt;
  const File* f = find(req.path);
  if (!f) return std::nullopt;
  Response r;
  r.route = "static";
  r.content_type = f->content_type;
  r.set_header("ETag", f->etag);
  r.set_header("Cache-Control", f->immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.set_header("Vary", "Accept-Encoding");
  if (req.header("if-none-match") == f->etag) {
    r.status = 304;
    r.content_type.clear();
    return r;
  }
  if (!f->gzip.empty() && accepts_gzip(req)) {
    r.set_header("Content-Encoding", "gzip");
    r.body = f->gzip;
  } else {
    r.body = f->body;
  }
  return r;
}

}  // namespace kc::http
