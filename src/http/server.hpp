#pragma once
// The HTTP/1.1 server: Boost.Beast with C++20 coroutines, one io_context run by one thread per core.
// This header is Beast-free so that everything above it compiles quickly.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "http/types.hpp"

namespace kc::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;
  int threads = 0;                              // 0: one per core
  std::size_t header_limit = 16 * 1024;         // bytes of request line + headers
  std::size_t body_limit = 1024 * 1024;         // JSON and other in-memory bodies
  std::size_t upload_limit = 20 * 1024 * 1024;  // bodies streamed to disk
  std::string upload_dir;                       // where upload bodies are spooled
  std::chrono::seconds read_timeout{30};        // to receive one whole request once it started
  std::chrono::seconds idle_timeout{60};        // between requests on a keep-alive connection
  std::chrono::seconds shutdown_grace{30};      // for in-flight requests after SIGTERM
  std::size_t max_connections = 10000;          // beyond this, new connections are closed at once
  bool access_log = true;
  // Decides from the request head whether its body is an upload (spooled to a file).
  std::function<bool(const Request& head)> is_upload;
  // Answers a request the server itself rejects (oversize body or headers) in the app's error format.
  std::function<Response(const Request& head, int status)> error_response;
};

using Handler = std::function<Response(Request&)>;

class Server {
 public:
  Server(ServerOptions opts, Handler handler);
  ~Server();
  // Binds and listens; throws std::runtime_error when the address is unusable.
  void listen();
  std::uint16_t bound_port() const;
  // Serves until SIGTERM/SIGINT or stop(); then stops accepting and finishes in-flight requests.
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kc::http
