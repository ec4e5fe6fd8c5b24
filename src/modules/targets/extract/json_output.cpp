#include "modules/targets/extract/json_output.hpp"

#include <boost/json.hpp>

namespace kc::targets {
namespace {

namespace json = boost::json;

json::value string_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

void put_span(json::object& o, const Span& sp) {
  o["text"] = sp.text;
  o["start"] = sp.start;
  o["end"] = sp.end;
  o["byte_start"] = sp.byte_start;
  o["byte_end"] = sp.byte_end;
}

json::value number(double v) {
  // Whole numbers print as integers (20, not 20.0); 1.25 stays a decimal.
  if (v == static_cast<double>(static_cast<std::int64_t>(v)) && v < 9e15) return json::value(static_cast<std::int64_t>(v));
  return json::value(v);
}

json::object document_json(const DocumentMeta& d) {
  json::object o;
  o["issuer"] = string_or_null(d.issuer);
  o["number"] = string_or_null(d.number);
  o["date"] = string_or_null(d.date);
  o["title"] = string_or_null(d.title);
  o["region"] = string_or_null(d.region);
  o["year"] = d.year ? json::value(*d.year) : json::value(nullptr);
  return o;
}

json::object target_json(const Target& t) {
  json::object o;
  o["year"] = t.year ? json::value(*t.year) : json::value(nullptr);
  o["year_source"] = string_or_null(t.year_source);
  o["indicator"] = t.indicator;
  o["value"] = number(t.value);
  if (t.value_max) o["value_max"] = number(*t.value_max);
  o["unit"] = t.unit;
  o["comparator"] = comparator_name(t.comparator);
  o["scope"] = string_or_null(t.scope);
  put_span(o, t.span);
  return o;
}

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

json::object responsibility_json(const Responsibility& r) {
  json::object o;
  o["task"] = r.task;
  o["lead"] = strings(r.lead);
  o["partners"] = strings(r.partners);
  put_span(o, r.span);
  return o;
}

json::object standard_json(const Standard& s) {
  json::object o;
  o["amount"] = number(s.amount);
  if (s.amount_max) o["amount_max"] = number(*s.amount_max);
  o["unit"] = s.unit;
  o["comparator"] = comparator_name(s.comparator);
  o["kind"] = string_or_null(s.kind);
  o["purpose"] = string_or_null(s.purpose);
  o["per"] = string_or_null(s.per);
  put_span(o, s.span);
  return o;
}

}  // namespace

boost::json::object to_json(const ExtractionResult& r) {
  json::object o;
  o["document"] = document_json(r.document);
  json::array targets, responsibilities, standards;
  for (const auto& t : r.targets) targets.push_back(target_json(t));
  for (const auto& x : r.responsibilities) responsibilities.push_back(responsibility_json(x));
  for (const auto& s : r.standards) standards.push_back(standard_json(s));
  o["targets"] = std::move(targets);
  o["responsibilities"] = std::move(responsibilities);
  o["standards"] = std::move(standards);
  return o;
}

}  // namespace kc::targets
