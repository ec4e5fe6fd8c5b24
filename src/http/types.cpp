#include "http/types.hpp"

#include <boost/json/serialize.hpp>

namespace kc::http {

std::string_view method_name(Method m) {
  switch (m) {
    case Method::Get: return "GET";
    case Method::Head: return "HEAD";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    case Method::Options: return "OPTIONS";
    default: return "OTHER";
  }
}

bool is_unsafe(Method m) {
  return m == Method::Post || m == Method::Put || m == Method::Patch || m == Method::Delete;
}

std::string Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return {};
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Calls fn(key, value) for each raw key=value pair of a query string.
template <class Fn>
void for_each_pair(std::string_view qs, Fn fn) {
  while (!qs.empty()) {
    auto amp = qs.find('&');
    std::string_view pair = qs.substr(0, amp);
    auto eq = pair.find('=');
    std::string_view k = pair.substr(0, eq), v = eq == std::string_view::npos ? "" : pair.substr(eq + 1);
    if (!fn(k, v)) return;
    if (amp == std::string_view::npos) break;
    qs.remove_prefix(amp + 1);
  }
}

}  // namespace

std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
      i += 2;
    } else if (s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string Request::query(std::string_view key) const {
  std::string found;
  for_each_pair(query_string, [&](std::string_view k, std::string_view v) {
    if (url_decode(k) != key) return true;
    found = url_decode(v);
    return false;
  });
  return found;
}

bool Request::has_query(std::string_view key) const {
  bool found = false;
  for_each_pair(query_string, [&](std::string_view k, std::string_view) {
    found = url_decode(k) == key;
    return !found;
  });
  return found;
}

std::string Request::cookie(std::string_view name) const {
  std::string all = header("cookie");
  std::string_view rest(all);
  while (!rest.empty()) {
    auto semi = rest.find(';');
    std::string_view part = rest.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
    if (semi == std::string_view::npos) break;
    rest.remove_prefix(semi + 1);
  }
  return {};
}

Response Response::json(const boost::json::value& v, int status) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(v);
  return r;
}

}  // namespace kc::http
