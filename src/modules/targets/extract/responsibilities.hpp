#pragma once
// Tasks and the units responsible for them: "(牵头单位:市科技局,责任单位:市财政局、市税务局)",
// "(市科技局牵头,市财政局配合)", or a line "责任单位：市科技局" after the task.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/targets/extract/model.hpp"
#include "modules/targets/extract/normalized_text.hpp"

namespace kc::targets {

// Unit names as views into the parsed note.
struct RoleAssignment {
  std::vector<std::u32string_view> lead;
  std::vector<std::u32string_view> partners;
};

// Reads a responsibility note (without its brackets); nullopt when it is not one, e.g. a list of
// nouns such as "一批创新引领型企业、平台、人才、机构".
std::optional<RoleAssignment> parse_role_assignment(std::u32string_view note);

// Role clauses at the start of a sentence followed by the task itself:
// "由市金融局牵头,会同市科技局、市财政局等部门,开展科技贷款业务" -> the roles and the length of the
// role clauses (here up to 等部门). nullopt when the sentence does not start that way.
std::optional<std::pair<RoleAssignment, std::size_t>> parse_leading_roles(std::u32string_view sentence);

// Splits 市发改委、市工信局,各县(区)政府等 into unit names (not inside brackets).
std::vector<std::u32string_view> split_unit_list(std::u32string_view list);
bool looks_like_unit_name(std::u32string_view name);

std::vector<Responsibility> extract_responsibilities(const NormalizedText& t);

}  // namespace kc::targets
