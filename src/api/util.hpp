#pragma once
// Small helpers shared by route handlers: times, pagination, list responses.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "http/types.hpp"

namespace kc::api {

// "2026-11-22T08:00:00Z"
std::string iso_time(EpochMs ms);
boost::json::value iso_time_or_null(std::optional<EpochMs> ms);
// Parses "YYYY-MM-DD" or an ISO time; throws FieldInvalid naming `field`.
EpochMs parse_time(const std::string& text, const std::string& field);

struct Page {
  std::int64_t page = 1;
  std::int64_t size = 20;
  std::int64_t offset() const { return (page - 1) * size; }
};
// From ?page=&page_size= (1..200); throws FieldInvalid.
Page page_of(const http::Request& req);

http::Response list_response(boost::json::array items, std::int64_t total, const Page& p);

// An optional integer query parameter; throws FieldInvalid naming it.
std::optional<std::int64_t> query_int(const http::Request& req, const std::string& key);

}  // namespace kc::api
