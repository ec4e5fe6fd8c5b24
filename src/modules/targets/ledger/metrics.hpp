#pragma once
// Live metrics a ledger target can be bound to. Progress of a bound target is always computed by its
// metric from the database, never typed. Each metric is a named entry (id, Chinese name, parameters)
// with a function that runs one SQL query; other modules add theirs at start-up with
// `kc::targets::ledger::metric_registry().add({...})` (e.g. 高企 certified, contract turnover).
#include <boost/json/object.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "db/db.hpp"

namespace kc::targets::ledger {

struct MetricParam {
  std::string name;      // e.g. "year"
  std::string label_zh;  // e.g. "年度"
  bool required = false;
  // Checks one value (already a string or an integer in JSON) and throws ApiError naming `field`.
  std::function<void(const boost::json::value&, const std::string& field)> check;
};

struct Metric {
  std::string id;
  std::string name_zh;
  std::string unit;  // the unit its value is in, e.g. 家 or 万元
  std::vector<MetricParam> params;
  // Runs one query; returns the metric's current value in `unit` as an exact decimal scaled by 10^4
  // (domain/decimal.hpp): a count n is n * 10'000; money in 万元 has 元 as its finest step (1).
  std::function<std::int64_t(db::Connection&, const boost::json::object& params)> compute;
};

class MetricRegistry {
 public:
  void add(Metric m);
  const Metric* find(const std::string& id) const;
  std::vector<const Metric*> all() const;
  // Checks parameters against the metric (unknown, missing, invalid → 400 naming "metric.params.x").
  void validate(const Metric& m, const boost::json::object& params) const;

 private:
  std::map<std::string, Metric> metrics_;
};

// The process-wide registry, holding the built-in organisation metrics from the start.
MetricRegistry& metric_registry();

}  // namespace kc::targets::ledger
