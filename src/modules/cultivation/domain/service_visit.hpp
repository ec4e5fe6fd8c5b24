#pragma once
// A 首席科技服务员's visit to a reserve-pool enterprise: how it was made (上门, 电话, …) and the technology
// needs collected, each with its field and urgency. The needs are kept as JSON on the visit so a later step
// can push them to the technology market as draft demands.
//
//   tech_needs: [{"text": "高精度传感器算法", "field": "电子信息", "urgency": "high"}, …]
// A plain string is accepted as a need with no field and urgency "normal" (the first version of the API).
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::cultivation {

struct TechNeed {
  std::string text;
  std::string field;    // 技术领域, free text; may be empty
  std::string urgency;  // high | normal | low
};

inline constexpr std::size_t kMaxTechNeeds = 50;
inline constexpr std::size_t kMaxNeedChars = 1000;
inline constexpr std::size_t kMaxNeedFieldChars = 50;

// Throws ApiError FIELD_INVALID naming "tech_needs[i].text" etc.; nullptr (absent) gives no needs.
std::vector<TechNeed> parse_tech_needs(const boost::json::value* raw);
// For responses: each need with its urgency_name.
boost::json::array tech_needs_json(const std::vector<TechNeed>& needs);
// What is stored: the input form ({text, field, urgency}), which parse_tech_needs reads back.
std::string tech_needs_storage_text(const std::vector<TechNeed>& needs);
// What is stored, read back (stored rows were written by tech_needs_json or were plain strings).
boost::json::array stored_tech_needs(std::string_view stored_json);

// on_site 上门走访 | phone 电话沟通 | online 线上会议 | meeting 座谈会. Absent: on_site. Throws FIELD_INVALID ("form").
std::string parse_visit_form(const std::optional<std::string>& form);
std::string_view visit_form_name(std::string_view code);
std::string_view urgency_name(std::string_view code);

}  // namespace kc::cultivation
