#pragma once
// Serves the built web UI from memory: strong ETags, precompressed .gz variants, SPA fallback to index.html.
#include <map>
#include <optional>
#include <string>

#include "http/types.hpp"

namespace kc::http {

class StaticFiles {
 public:
  // Loads every file below `root` (an empty or missing root serves nothing).
  explicit StaticFiles(const std::string& root);
  // A response for GET/HEAD of a non-API path, or nullopt when there is no UI to serve.
  std::optional<Response> serve(const Request& req) const;
  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string gzip;  // empty when no .gz was built
    std::string etag;
    bool immutable = false;
  };
  const File* find(const std::string& path) const;
  std::map<std::string, File> files_;
};

std::string content_type_for(const std::string& path);

}  // namespace kc::http
