#pragma once
// Request and response types seen by every handler. Beast stays inside server.cpp so that handlers
// compile in seconds (see docs/architecture.md).
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kc::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

std::string_view method_name(Method m);
bool is_unsafe(Method m);  // changes state: POST, PUT, PATCH, DELETE

using Headers = std::vector<std::pair<std::string, std::string>>;  // names lower-case

struct Request {
  Method method = Method::Get;
  std::string target;        // as received: path?query
  std::string path;          // decoded path without the query
  std::string query_string;  // raw, without '?'
  Headers headers;
  std::string body;       // JSON and other small bodies
  std::string body_file;  // uploads: a temporary file holding the body (removed after the request)
  std::uint64_t body_size = 0;
  std::string client_ip;
  std::string request_id;

  std::string header(std::string_view name) const;  // "" when absent; name lower-case
  std::string query(std::string_view key) const;    // decoded; "" when absent
  bool has_query(std::string_view key) const;
  std::string cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  Headers headers;
  std::string file_path;  // when set, the file is streamed as the body
  // Filled by the layers above the server for metrics and the access log.
  std::string route = "unmatched";
  std::string user;

  static Response json(const boost::json::value& v, int status = 200);
  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

std::string url_decode(std::string_view s);

}  // namespace kc::http
