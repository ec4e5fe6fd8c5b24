#pragma once
// A router with typed path parameters: "/api/v1/orgs/{id:int}" or "/files/{name}".
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "http/types.hpp"

namespace kc::http {

class PathParams {
 public:
  void set(std::string name, std::string value) { values_[std::move(name)] = std::move(value); }
  const std::string& str(const std::string& name) const { return values_.at(name); }
  std::int64_t id(const std::string& name) const { return std::stoll(values_.at(name)); }

 private:
  std::map<std::string, std::string> values_;
};

template <class Handler>
class Router {
 public:
  struct Match {
    const Handler* handler = nullptr;
    const std::string* name = nullptr;
    PathParams params;
    bool path_known = false;  // some route has this path, perhaps with another method
  };

  // Throws std::invalid_argument for a malformed pattern or a duplicate route.
  void add(Method method, const std::string& pattern, std::string name, Handler handler) {
    Route r{method, parse(pattern), std::move(name), std::move(handler)};
    for (const auto& existing : routes_)
      if (existing.method == method && same_shape(existing.segments, r.segments))
        throw std::invalid_argument("duplicate route " + pattern);
    routes_.push_back(std::move(r));
  }

  Match match(Method method, std::string_view path) const {
    Match m;
    auto parts = split(path);
    for (const auto& r : routes_) {
      PathParams params;
      if (!matches(r.segments, parts, params)) continue;
      m.path_known = true;
      if (r.method == method || (method == Method::Head && r.method == Method::Get)) {
        m.handler = &r.handler;
        m.name = &r.name;
        m.params = std::move(params);
        return m;
      }
    }
    return m;
  }

 private:
  struct Segment {
    enum Kind { Literal, Text, Int } kind;
    std::string value;  // literal text or parameter name
  };
  struct Route {
    Method method;
    std::vector<Segment> segments;
    std::string name;
    Handler handler;
  };

  static std::vector<std::string_view> split(std::string_view path) {
    std::vector<std::string_view> out;
    while (!path.empty()) {
      if (path.front() == '/') {
        path.remove_prefix(1);
        continue;
      }
      auto slash = path.find('/');
      out.push_back(path.substr(0, slash));
      if (slash == std::string_view::npos) break;
      path.remove_prefix(slash);
    }
    return out;
  }

  static std::vector<Segment> parse(const std::string& pattern) {
    std::vector<Segment> segs;
    for (auto part : split(pattern)) {
      if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
        std::string_view inner = part.substr(1, part.size() - 2);
        auto colon = inner.find(':');
        std::string name(inner.substr(0, colon));
        std::string_view type = colon == std::string_view::npos ? "" : inner.substr(colon + 1);
        if (name.empty() || (type != "" && type != "int"))
          throw std::invalid_argument("bad route parameter in " + pattern);
        segs.push_back({type == "int" ? Segment::Int : Segment::Text, name});
      } else {
        segs.push_back({Segment::Literal, std::string(part)});
      }
    }
    return segs;
  }

  static bool same_shape(const std::vector<Segment>& a, const std::vector<Segment>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i].kind != b[i].kind) return false;
      if (a[i].kind == Segment::Literal && a[i].value != b[i].value) return false;
    }
    return true;
  }

  static bool is_int(std::string_view s) {
    if (s.empty() || s.size() > 18) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  }

  static bool matches(const std::vector<Segment>& segs, const std::vector<std::string_view>& parts,
                      PathParams& params) {
    if (segs.size() != parts.size()) return false;
    for (std::size_t i = 0; i < segs.size(); ++i) {
      const auto& s = segs[i];
      if (s.kind == Segment::Literal) {
        if (s.value != parts[i]) return false;
      } else if (s.kind == Segment::Int && !is_int(parts[i])) {
        return false;
      } else {
        params.set(s.value, std::string(parts[i]));
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace kc::http
