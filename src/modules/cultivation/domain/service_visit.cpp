#include "modules/cultivation/domain/service_visit.hpp"

#include <boost/json.hpp>

#include "core/errors.hpp"

namespace kc::cultivation {

namespace json = boost::json;

namespace {

using Names = std::pair<std::string_view, std::string_view>;
constexpr Names kForms[] = {{"on_site", "上门走访"}, {"phone", "电话沟通"}, {"online", "线上会议"}, {"meeting", "座谈会"}};
constexpr Names kUrgencies[] = {{"high", "紧急"}, {"normal", "一般"}, {"low", "不急"}};

template <std::size_t N>
std::string_view name_in(const Names (&table)[N], std::string_view code) {
  for (const auto& [c, name] : table)
    if (c == code) return name;
  return "";
}

// UTF-8 characters, not bytes: the limits are stated to people in characters.
std::size_t chars(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string text_of(const json::object& need, std::string_view key, const std::string& path, std::size_t max, bool required) {
  const auto* v = need.if_contains(key);
  if (!v || v->is_null()) {
    if (required) throw ApiError(Err::FieldMissing, path + "." + std::string(key), path + "." + std::string(key));
    return "";
  }
  if (!v->is_string() || chars(v->get_string()) > max || (required && v->get_string().find_first_not_of(" \t\r\n") == json::string::npos))
    throw ApiError(Err::FieldInvalid, "应为不超过" + std::to_string(max) + "字的文字", path + "." + std::string(key));
  return std::string(v->get_string());
}

TechNeed need_of(const json::value& v, const std::string& path) {
  if (v.is_string()) {
    if (v.get_string().empty() || chars(v.get_string()) > kMaxNeedChars)
      throw ApiError(Err::FieldInvalid, "技术需求应为非空文字", path);
    return {std::string(v.get_string()), "", "normal"};
  }
  if (!v.is_object()) throw ApiError(Err::FieldInvalid, "技术需求应为 {text, field, urgency}", path);
  const auto& o = v.get_object();
  for (const auto& member : o)
    if (member.key() != "text" && member.key() != "field" && member.key() != "urgency")
      throw ApiError(Err::FieldUnknown, path + "." + std::string(member.key()), path + "." + std::string(member.key()));
  TechNeed need{text_of(o, "text", path, kMaxNeedChars, true), text_of(o, "field", path, kMaxNeedFieldChars, false),
                text_of(o, "urgency", path, 10, false)};
  if (need.urgency.empty()) need.urgency = "normal";
  if (name_in(kUrgencies, need.urgency).empty())
    throw ApiError(Err::FieldInvalid, "紧迫程度应为 high、normal 或 low", path + ".urgency");
  return need;
}

}  // namespace

std::vector<TechNeed> parse_tech_needs(const json::value* raw) {
  if (!raw || raw->is_null()) return {};
  if (!raw->is_array() || raw->get_array().size() > kMaxTechNeeds)
    throw ApiError(Err::FieldInvalid, "tech_needs 应为不超过 50 条的列表", "tech_needs");
  std::vector<TechNeed> out;
  for (std::size_t i = 0; i < raw->get_array().size(); ++i)
    out.push_back(need_of(raw->get_array()[i], "tech_needs[" + std::to_string(i) + "]"));
  return out;
}

json::array tech_needs_json(const std::vector<TechNeed>& needs) {
  json::array out;
  for (const auto& n : needs)
    out.push_back(json::object{{"text", n.text}, {"field", n.field}, {"urgency", n.urgency},
                               {"urgency_name", urgency_name(n.urgency)}});
  return out;
}

std::string tech_needs_storage_text(const std::vector<TechNeed>& needs) {
  json::array out;
  for (const auto& n : needs) out.push_back(json::object{{"text", n.text}, {"field", n.field}, {"urgency", n.urgency}});
  return json::serialize(out);
}

json::array stored_tech_needs(std::string_view stored_json) {
  auto value = json::parse(stored_json);
  return tech_needs_json(parse_tech_needs(&value));
}

std::string parse_visit_form(const std::optional<std::string>& form) {
  if (!form) return "on_site";
  if (name_in(kForms, *form).empty()) throw ApiError(Err::FieldInvalid, "走访形式应为 on_site、phone、online 或 meeting", "form");
  return *form;
}

std::string_view visit_form_name(std::string_view code) { return name_in(kForms, code); }
std::string_view urgency_name(std::string_view code) { return name_in(kUrgencies, code); }

}  // namespace kc::cultivation
