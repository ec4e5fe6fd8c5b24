// `kechuang serve`: the platform behind the HTTP server, plus static files and metrics.
#include <chrono>
#include <filesystem>
#include <iostream>

#include "app/config.hpp"
#include "app/platform.hpp"
#include "core/errors.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "tabular/imports/routes.hpp"

namespace kc::app {
namespace {

// The web build beside the project the binary was built in (build/kechuang → web/dist).
std::string default_web_root() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec)
    for (auto dir = exe.parent_path(); dir.has_parent_path() && dir != dir.parent_path(); dir = dir.parent_path())
      if (std::filesystem::is_directory(dir / "web/dist")) return (dir / "web/dist").string();
  return "";
}

bool is_loopback(const std::string& ip) { return ip == "127.0.0.1" || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0; }

void render_gauges(Platform& p, std::string& out) {
  auto s = p.db->stats();
  out += "# TYPE kc_db_pool_connections gauge\nkc_db_pool_connections " + std::to_string(s.size) + "\n";
  out += "# TYPE kc_db_pool_in_use gauge\nkc_db_pool_in_use " + std::to_string(s.in_use) + "\n";
  out += "# TYPE kc_db_pool_waits_total counter\nkc_db_pool_waits_total " + std::to_string(s.waits) + "\n";
  out += "# TYPE kc_uptime_seconds gauge\nkc_uptime_seconds " +
         std::to_string((SystemClock().now_ms() - p.started_ms) / 1000) + "\n";
}

http::Response route(Platform& p, const http::StaticFiles& web, http::Request& req) {
  if (req.path.rfind("/api/", 0) == 0) return p.api.dispatch(req);
  if (req.path == "/metrics" && req.method == http::Method::Get) {
    // Metrics are for the operator's scraper on this host, not for the public.
    if (!is_loopback(req.client_ip)) return api::error_response(ApiError(Err::Forbidden), req.request_id);
    http::Response r;
    r.route = "metrics";
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    r.body = p.metrics.render([&p](std::string& out) { render_gauges(p, out); });
    return r;
  }
  if (auto r = web.serve(req)) return *r;
  return api::error_response(ApiError(Err::RouteNotFound), req.request_id);
}

}  // namespace

int serve(const Config& cfg) {
  std::filesystem::create_directories(cfg.data_dir);
  Platform p(cfg, std::cerr);
  std::string web_root = cfg.web_root.empty() ? default_web_root() : cfg.web_root;
  http::StaticFiles web(web_root);

  http::ServerOptions o;
  o.host = cfg.host();
  o.port = static_cast<std::uint16_t>(cfg.port());
  o.threads = cfg.threads;
  o.body_limit = static_cast<std::size_t>(cfg.max_body_kb) * 1024;
  o.upload_limit = static_cast<std::size_t>(cfg.max_upload_mb) << 20;
  o.upload_dir = cfg.data_dir + "/tmp";
  o.read_timeout = std::chrono::seconds(cfg.read_timeout_s);
  o.idle_timeout = std::chrono::seconds(cfg.idle_timeout_s);
  o.access_log = cfg.access_log;
  o.is_upload = [](const http::Request& r) {
    return r.method == http::Method::Post && (r.path == "/api/v1/attachments" || imports::is_import_upload(r.path));
  };
  o.error_response = [](const http::Request& r, int status) {
    Err e = status == 413 ? (r.path == "/api/v1/attachments" || imports::is_import_upload(r.path) ? Err::FileTooLarge : Err::BodyTooLarge)
            : status == 431 ? Err::HeaderTooLarge
                            : Err::Internal;
    return api::error_response(ApiError(e), r.request_id);
  };
  http::Server server(o, [&p, &web](http::Request& req) {
    auto started = std::chrono::steady_clock::now();
    http::Response res = route(p, web, req);
    p.metrics.observe(res.route, res.status, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return res;
  });
  server.listen();
  std::cerr << "kechuang: serving http://" << o.host << ":" << server.bound_port() << " (" << p.db->describe()
            << ", web UI: " << (web.file_count() ? web_root : "none") << ")" << (cfg.test_clock ? " [TEST CLOCK ENABLED]" : "")
            << std::endl;
  p.scheduler.start(std::chrono::seconds(30));
  server.run();
  p.scheduler.stop();
  std::cerr << "kechuang: stopped" << std::endl;
  return 0;
}

}  // namespace kc::app
