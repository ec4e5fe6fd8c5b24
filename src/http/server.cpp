// The only translation unit that includes Beast and Asio (they cost ~30 s of compile time each).
#include "http/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/clock.hpp"

namespace kc::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
constexpr auto use_nothrow = asio::as_tuple(asio::use_awaitable);

Method to_method(bhttp::verb v) {
  switch (v) {
    case bhttp::verb::get: return Method::Get;
    case bhttp::verb::head: return Method::Head;
    case bhttp::verb::post: return Method::Post;
    case bhttp::verb::put: return Method::Put;
    case bhttp::verb::patch: return Method::Patch;
    case bhttp::verb::delete_: return Method::Delete;
    case bhttp::verb::options: return Method::Options;
    default: return Method::Other;
  }
}

// Security headers on every response. The web UI's paths get the full Content-Security-Policy; API answers,
// which a browser never renders, the short form OWASP recommends for APIs: half the bytes on every JSON reply.
// Decided by path, not content type: a 304 for index.html carries no type, and browsers merge its headers into
// the cached document.
void add_common_headers(bhttp::response_header<>& h, const Request& req) {
  static constexpr const char* kDocumentPolicy =
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
      "script-src 'self'; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
      "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static constexpr const char* kApiPolicy = "default-src 'none'; frame-ancestors 'none'";
  bool document = req.path.rfind("/api/", 0) != 0 && req.path != "/metrics";
  h.set("Content-Security-Policy", document ? kDocumentPolicy : kApiPolicy);
  h.set("X-Content-Type-Options", "nosniff");
  h.set("Referrer-Policy", "same-origin");
  h.set("X-Request-Id", req.request_id);
}

Request head_to_request(const bhttp::request_header<>& h, const std::string& ip, std::string request_id) {
  Request r;
  r.method = to_method(h.method());
  r.target = std::string(h.target());
  auto q = r.target.find('?');
  r.path = url_decode(std::string_view(r.target).substr(0, q));
  if (q != std::string::npos) r.query_string = r.target.substr(q + 1);
  for (const auto& f : h) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers.emplace_back(std::move(name), std::string(f.value()));
  }
  r.client_ip = ip;
  r.request_id = std::move(request_id);
  return r;
}

class AccessLog {
 public:
  void write(const Request& req, const Response& res, double ms, std::uint64_t bytes) {
    char line[1024];
    std::snprintf(line, sizeof line,
                  "{\"ts\":%lld,\"rid\":\"%s\",\"ip\":\"%s\",\"method\":\"%s\",\"path\":\"%.300s\",\"route\":\"%s\","
                  "\"status\":%d,\"us\":%lld,\"bytes\":%llu,\"user\":\"%s\"}\n",
                  static_cast<long long>(SystemClock().now_ms()), req.request_id.c_str(), req.client_ip.c_str(),
                  std::string(method_name(req.method)).c_str(), escape(req.path).c_str(), res.route.c_str(),
                  res.status, static_cast<long long>(ms * 1000), static_cast<unsigned long long>(bytes),
                  escape(res.user).c_str());
    std::fputs(line, stdout);
  }

 private:
  static std::string escape(const std::string& s) {
    std::string o;
    for (char c : s) {
      if (c == '"' || c == '\\') o.push_back('\\');
      if (static_cast<unsigned char>(c) >= 0x20) o.push_back(c);
    }
    return o;
  }
};

// One connection's socket and deadline. A watchdog coroutine checks the deadline once a second, so a request
// costs an integer store instead of re-arming (and cancelling) a timer for every read and write.
struct Connection {
  explicit Connection(tcp::socket s) : socket(std::move(s)), watchdog(socket.get_executor()) {}
  void expires_after(std::chrono::seconds s) { deadline = std::chrono::steady_clock::now() + s; }
  tcp::socket socket;
  asio::steady_timer watchdog;
  std::chrono::steady_clock::time_point deadline;
  bool done = false;
};

awaitable<void> watch(std::shared_ptr<Connection> c) {
  while (!c->done) {
    c->watchdog.expires_after(std::chrono::seconds(1));
    co_await c->watchdog.async_wait(use_nothrow);
    if (!c->done && std::chrono::steady_clock::now() >= c->deadline) {
      beast::error_code ignored;
      c->socket.close(ignored);  // the pending read or write fails and the connection ends
      break;
    }
  }
}

}  // namespace

struct Server::Impl {
  ServerOptions opts;
  Handler handler;
  // One io_context per worker thread, each run by its thread alone (concurrency hint 1): connections never
  // migrate between threads, so Asio's scheduler takes no shared locks. The first context also accepts.
  std::vector<std::unique_ptr<asio::io_context>> contexts;
  asio::io_context& ioc;
  tcp::acceptor acceptor{ioc};
  asio::signal_set signals{ioc, SIGINT, SIGTERM};
  std::size_t next_context = 0;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
  std::atomic<std::size_t> open_connections{0};
  std::atomic<std::uint64_t> request_counter{0};
  std::string rid_prefix = random_hex(4);
  AccessLog log;

  Impl(ServerOptions o, Handler h) : opts(std::move(o)), handler(std::move(h)), ioc(**make_contexts(opts)) {}

  std::unique_ptr<asio::io_context>* make_contexts(ServerOptions& o) {
    if (o.threads <= 0) o.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    for (int t = 0; t < o.threads; ++t) contexts.push_back(std::make_unique<asio::io_context>(1));
    return &contexts.front();
  }

  std::string next_request_id() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%08llx", rid_prefix.c_str(),
                  static_cast<unsigned long long>(++request_counter));
    return buf;
  }

  awaitable<void> accept_loop() {
    for (;;) {
      asio::io_context& target = *contexts[next_context++ % contexts.size()];
      auto [ec, sock] = co_await acceptor.async_accept(target, use_nothrow);
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        continue;  // e.g. EMFILE: keep serving the connections we have
      }
      if (open_connections >= opts.max_connections) {
        beast::error_code ignored;
        sock.close(ignored);  // shed load rather than let idle or slow clients exhaust descriptors
        continue;
      }
      sock.set_option(tcp::no_delay(true));
      asio::co_spawn(target, connection(std::move(sock)), asio::detached);
    }
  }

  Response rejected(const Request& req, int status) {
    if (opts.error_response) return opts.error_response(req, status);
    Response r;
    r.status = status;
    return r;
  }

  template <class Stream, class Res>
  awaitable<bool> send(Stream& stream, Res& res) {
    auto [ec, n] = co_await bhttp::async_write(stream, res, use_nothrow);
    co_return !ec;
  }

  // Writes `res`; returns the number of body bytes, or -1 on a write error.
  awaitable<std::int64_t> write_response(tcp::socket& stream, const Request& req, Response& res,
                                         unsigned version, bool keep_alive) {
    if (!res.file_path.empty()) {
      bhttp::response<bhttp::file_body> out{static_cast<bhttp::status>(res.status), version};
      beast::error_code ec;
      out.body().open(res.file_path.c_str(), beast::file_mode::scan, ec);
      if (ec) {
        res = rejected(req, 500);
      } else {
        fill_headers(out, req, res, keep_alive);
        out.prepare_payload();
        auto size = out.body().size();
        if (req.method == Method::Head) {
          bhttp::response<bhttp::empty_body> head{out.base()};
          head.content_length(size);
          co_return (co_await send(stream, head)) ? 0 : -1;
        }
        co_return (co_await send(stream, out)) ? static_cast<std::int64_t>(size) : -1;
      }
    }
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), version};
    fill_headers(out, req, res, keep_alive);
    std::int64_t size = static_cast<std::int64_t>(res.body.size());
    if (req.method == Method::Head) {
      out.content_length(res.body.size());
      bhttp::response<bhttp::empty_body> head{out.base()};
      co_return (co_await send(stream, head)) ? 0 : -1;
    }
    out.body() = std::move(res.body);
    out.prepare_payload();
    co_return (co_await send(stream, out)) ? size : -1;
  }

  template <class Message>
  void fill_headers(Message& m, const Request& req, const Response& res, bool keep_alive) {
    add_common_headers(m.base(), req);
    if (!res.content_type.empty()) m.set(bhttp::field::content_type, res.content_type);
    for (const auto& [k, v] : res.headers) m.insert(k, v);
    m.keep_alive(keep_alive);
  }

  // Reads the body of `req` into memory or into a spool file. Returns an HTTP status on failure, else 0.
  awaitable<int> read_body(tcp::socket& stream, beast::flat_buffer& buf,
                           bhttp::request_parser<bhttp::empty_body>& head_parser, Request& req) {
    if (head_parser.is_done()) co_return 0;  // no body (most GETs): skip the second parser and read
    bool upload = opts.is_upload && opts.is_upload(req);
    // A declared length over the limit is refused before any byte of the body is read.
    if (auto len = head_parser.content_length(); len && *len > (upload ? opts.upload_limit : opts.body_limit)) co_return 413;
    if (upload) {
      std::filesystem::create_directories(opts.upload_dir);
      req.body_file = opts.upload_dir + "/upload-" + next_request_id() + "-" + random_hex(8);
      bhttp::request_parser<bhttp::file_body> p{std::move(head_parser)};
      p.body_limit(opts.upload_limit);
      beast::error_code ec;
      p.get().body().open(req.body_file.c_str(), beast::file_mode::write_new, ec);
      if (ec) co_return 500;
      auto [rec, n] = co_await bhttp::async_read(stream, buf, p, use_nothrow);
      p.get().body().close();
      if (rec == bhttp::error::body_limit) co_return 413;
      if (rec) co_return -1;
      req.body_size = std::filesystem::file_size(req.body_file);
      co_return 0;
    }
    bhttp::request_parser<bhttp::string_body> p{std::move(head_parser)};
    p.body_limit(opts.body_limit);
    auto [rec, n] = co_await bhttp::async_read(stream, buf, p, use_nothrow);
    if (rec == bhttp::error::body_limit) co_return 413;
    if (rec) co_return -1;
    req.body = std::move(p.get().body());
    req.body_size = req.body.size();
    co_return 0;
  }

  awaitable<void> connection(tcp::socket sock) {
    ++open_connections;
    struct Count {
      std::atomic<std::size_t>& n;
      ~Count() { --n; }
    } count{open_connections};
    beast::error_code ip_ec;
    auto ep = sock.remote_endpoint(ip_ec);
    std::string ip = ip_ec ? "" : ep.address().to_string();
    auto conn = std::make_shared<Connection>(std::move(sock));
    conn->expires_after(opts.idle_timeout);
    asio::co_spawn(conn->socket.get_executor(), watch(conn), asio::detached);
    struct Finish {
      Connection& c;
      ~Finish() {
        c.done = true;
        c.watchdog.cancel();
      }
    } finish{*conn};
    tcp::socket& stream = conn->socket;
    beast::flat_buffer buf;
    while (!stopping) {
      bhttp::request_parser<bhttp::empty_body> hp;
      hp.header_limit(static_cast<std::uint32_t>(opts.header_limit));
      hp.body_limit(boost::none);  // the limit depends on the route; read_body applies it
      conn->expires_after(opts.idle_timeout);
      auto [ec, n] = co_await bhttp::async_read_header(stream, buf, hp, use_nothrow);
      if (ec == bhttp::error::header_limit) {
        Request req = Request{};
        req.request_id = next_request_id();
        Response res = rejected(req, 431);
        co_await write_response(stream, req, res, 11, false);
        break;
      }
      if (ec) break;  // closed, idle timeout, or garbage
      ++in_flight;
      auto started = std::chrono::steady_clock::now();
      conn->expires_after(opts.read_timeout);
      Request req = head_to_request(hp.get().base(), ip, next_request_id());
      unsigned version = hp.get().version();
      bool keep_alive = hp.get().keep_alive() && !stopping;
      auto declared = hp.content_length();
      std::optional<std::uint64_t> content_length;
      if (declared) content_length = *declared;
      int body_status = co_await read_body(stream, buf, hp, req);
      if (body_status < 0) {  // the client went away or timed out mid-body
        --in_flight;
        cleanup(req);
        break;
      }
      Response res;
      if (body_status == 413) co_await drain(*conn, buf, content_length);
      if (body_status > 0) {
        res = rejected(req, body_status);
        keep_alive = false;  // the rest of the body is still on the wire
      } else {
        res = handler(req);
      }
      conn->expires_after(opts.read_timeout);  // a slow handler (an export) must not eat the client's write time
      auto bytes = co_await write_response(stream, req, res, version, keep_alive);
      cleanup(req);
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      if (opts.access_log) log.write(req, res, ms, bytes < 0 ? 0 : static_cast<std::uint64_t>(bytes));
      --in_flight;
      if (bytes < 0 || !keep_alive) break;
    }
    beast::error_code ignored;
    stream.shutdown(tcp::socket::shutdown_send, ignored);
  }

  // Reads and drops the rest of a refused body, so that the client, still sending, gets to read our 413
  // instead of a reset connection. Bounded in bytes and time.
  awaitable<void> drain(Connection& conn, beast::flat_buffer& buf, std::optional<std::uint64_t> length) {
    constexpr std::uint64_t kMaxDrain = 256ull << 20;
    std::uint64_t left = length ? *length - std::min<std::uint64_t>(*length, buf.size()) : kMaxDrain;
    buf.consume(buf.size());
    if (left > kMaxDrain) co_return;
    conn.expires_after(length ? std::chrono::seconds(10) : std::chrono::seconds(1));
    std::vector<char> scratch(64 * 1024);
    while (left > 0) {
      auto [ec, n] = co_await conn.socket.async_read_some(asio::buffer(scratch), use_nothrow);
      if (ec) break;
      left -= std::min<std::uint64_t>(left, n);
    }
  }

  static void cleanup(const Request& req) {
    if (!req.body_file.empty()) {
      std::error_code ec;
      std::filesystem::remove(req.body_file, ec);
    }
  }

  awaitable<void> drain_then_stop() {
    asio::steady_timer t(ioc);
    auto deadline = std::chrono::steady_clock::now() + opts.shutdown_grace;
    while (in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
      t.expires_after(std::chrono::milliseconds(20));
      co_await t.async_wait(use_nothrow);
    }
    for (auto& c : contexts) c->stop();
  }

  void begin_stop() {
    if (stopping.exchange(true)) return;
    beast::error_code ec;
    acceptor.close(ec);
    asio::co_spawn(ioc, drain_then_stop(), asio::detached);
  }
};

Server::Server(ServerOptions opts, Handler handler) : impl_(std::make_unique<Impl>(std::move(opts), std::move(handler))) {}
Server::~Server() = default;

void Server::listen() {
  auto& i = *impl_;
  beast::error_code ec;
  auto addr = asio::ip::make_address(i.opts.host, ec);
  if (ec) throw std::runtime_error("listen: bad address '" + i.opts.host + "'");
  tcp::endpoint ep(addr, i.opts.port);
  i.acceptor.open(ep.protocol());
  i.acceptor.set_option(asio::socket_base::reuse_address(true));
  i.acceptor.bind(ep, ec);
  if (ec) throw std::runtime_error("listen: cannot bind " + i.opts.host + ":" + std::to_string(i.opts.port) + ": " + ec.message());
  i.acceptor.listen(asio::socket_base::max_listen_connections);
}

std::uint16_t Server::bound_port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run() {
  auto& i = *impl_;
  i.signals.async_wait([&i](const beast::error_code& ec, int) {
    if (!ec) i.begin_stop();
  });
  asio::co_spawn(i.ioc, i.accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  // Idle contexts must not return from run() before their first connection arrives.
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  for (auto& c : i.contexts) guards.push_back(asio::make_work_guard(*c));
  for (std::size_t t = 1; t < i.contexts.size(); ++t) threads.emplace_back([&i, t] { i.contexts[t]->run(); });
  i.ioc.run();
  for (auto& t : threads) t.join();
  std::fflush(stdout);
}

void Server::stop() {
  asio::post(impl_->ioc, [this] { impl_->begin_stop(); });
}

}  // namespace kc::http
