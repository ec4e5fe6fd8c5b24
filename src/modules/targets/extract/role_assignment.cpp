// Parsing the note that names lead and partner units (see responsibilities.hpp).
#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/responsibilities.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

// Ignored labels (牵头领导, 完成时限 …) sit among the unit labels; their values are not units.
enum class Role { Lead, Partner, Responsible, Ignored };

struct Label {
  std::size_t begin = 0;
  std::size_t end = 0;  // past the colon
  Role role = Role::Lead;
};

std::optional<std::pair<std::u32string_view, Role>> label_at(std::u32string_view s, std::size_t i) {
  struct Group {
    std::span<const std::u32string_view> words;
    Role role;
  };
  const Group groups[] = {{lex::kLeadLabels, Role::Lead},
                          {lex::kPartnerLabels, Role::Partner},
                          {lex::kResponsibleLabels, Role::Responsible},
                          {lex::kIgnoredLabels, Role::Ignored}};
  std::optional<std::pair<std::u32string_view, Role>> best;
  for (const auto& g : groups) {
    auto w = longest_match_at(s, i, g.words);
    // 牵头单位: or 【牵头单位】
    bool closed = w && i + w->size() < s.size() && (s[i + w->size()] == U':' || s[i + w->size()] == U'】');
    if (closed && (!best || w->size() > best->first.size()))
      best = {{*w, g.role}};
  }
  return best;
}

std::vector<Label> find_labels(std::u32string_view s) {
  std::vector<Label> labels;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'(') ++depth;
    if (s[i] == U')' && depth > 0) --depth;
    if (depth > 0) continue;
    bool at_boundary = i == 0 || std::u32string_view(U",;、。 \n【").find(s[i - 1]) != std::u32string_view::npos;
    if (!at_boundary) continue;
    if (auto l = label_at(s, i)) {
      labels.push_back({i, i + l->first.size() + 1, l->second});
      i += l->first.size();
    }
  }
  return labels;
}

bool all_units(const std::vector<std::u32string_view>& units) {
  if (units.empty()) return false;
  for (const auto& u : units) {
    if (!looks_like_unit_name(u)) return false;
  }
  return true;
}

void append_units(std::vector<std::u32string_view>& to, const std::vector<std::u32string_view>& units) {
  to.insert(to.end(), units.begin(), units.end());
}

// 市科技局(牵头): a lead marked inside a list of responsible units.
constexpr std::u32string_view kLeadMarkers[] = {U"(牵头)", U"(牵头单位)", U"(牵头部门)"};

std::u32string_view without_lead_marker(std::u32string_view unit) {
  for (auto m : kLeadMarkers) {
    if (unit.size() > m.size() && unit.ends_with(m)) return unit.substr(0, unit.size() - m.size());
  }
  return unit;
}

bool marks_a_lead(std::u32string_view list) {
  for (auto m : kLeadMarkers) {
    if (list.find(m) != std::u32string_view::npos) return true;
  }
  return false;
}

std::optional<RoleAssignment> parse_labelled(std::u32string_view note, const std::vector<Label>& labels) {
  if (!trim_chars(note.substr(0, labels.front().begin), U" ,;【").empty()) return std::nullopt;
  bool has_lead_label = false;
  for (const auto& l : labels) has_lead_label |= l.role == Role::Lead;
  for (const auto& l : labels) has_lead_label |= l.role == Role::Responsible && marks_a_lead(note.substr(l.end));
  RoleAssignment out;
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (labels[k].role == Role::Ignored) continue;
    std::size_t end = k + 1 < labels.size() ? labels[k + 1].begin : note.size();
    bool lead = labels[k].role == Role::Lead || (labels[k].role == Role::Responsible && !has_lead_label);
    // A label is strong evidence: keep its unit names and drop trailing remarks such as
    // "以下均需各县(市、区)政府落实,不再列出".
    std::size_t valid = 0;
    for (auto unit : split_unit_list(note.substr(labels[k].end, end - labels[k].end))) {
      if (!looks_like_unit_name(without_lead_marker(unit))) continue;
      ++valid;
      bool marked = without_lead_marker(unit).size() != unit.size();
      (lead || marked ? out.lead : out.partners).push_back(without_lead_marker(unit));
    }
    if (valid == 0) return std::nullopt;
  }
  if (out.lead.empty() && out.partners.empty()) return std::nullopt;
  return out;
}

// (市科技局牵头,市财政局、市税务局配合): every segment is a unit list followed by its role verb.
std::optional<RoleAssignment> parse_verb_segments(std::u32string_view note) {
  RoleAssignment out;
  std::vector<std::pair<std::vector<std::u32string_view>, bool>> segments;  // units, is "负责"-only lead
  std::size_t start = 0;
  int depth = 0;
  bool has_qiantou = false;
  for (std::size_t i = 0; i <= note.size(); ++i) {
    if (i < note.size() && note[i] == U'(') ++depth;
    if (i < note.size() && note[i] == U')' && depth > 0) --depth;
    if (i < note.size() && (depth > 0 || (note[i] != U',' && note[i] != U';'))) continue;
    auto seg = trim_chars(note.substr(start, i - start), U" 。");
    start = i + 1;
    if (seg.empty()) continue;
    if (match_at(seg, 0, U"由")) seg.remove_prefix(1);
    auto lead = longest_match_ending(seg, seg.size(), lex::kLeadVerbs);
    auto partner = longest_match_ending(seg, seg.size(), lex::kPartnerVerbs);
    if (!lead && !partner) return std::nullopt;
    bool is_lead = lead && (!partner || lead->size() >= partner->size());
    auto verb_size = is_lead ? lead->size() : partner->size();
    auto units = split_unit_list(seg.substr(0, seg.size() - verb_size));
    if (!all_units(units)) return std::nullopt;
    if (is_lead && lead->find(U"牵头") != std::u32string_view::npos) has_qiantou = true;
    if (!is_lead) {
      append_units(out.partners, units);
    } else {
      segments.push_back({units, lead->find(U"牵头") == std::u32string_view::npos});
    }
  }
  // With a 牵头 unit present, units that merely "负责" their share are partners.
  for (const auto& [units, plain_responsible] : segments) {
    append_units(has_qiantou && plain_responsible ? out.partners : out.lead, units);
  }
  if (out.lead.empty()) return std::nullopt;
  return out;
}

}  // namespace

bool looks_like_unit_name(std::u32string_view name) {
  if (name.size() < 2 || name.size() > 30) return false;
  for (char32_t c : name) {
    if (c == U'。' || c == U':' || is_ascii_digit(c)) return false;
  }
  auto base = name;
  if (auto p = base.find(U'('); p != std::u32string_view::npos && p > 0) base = base.substr(0, p);
  bool known_end = longest_match_ending(base, base.size(), lex::kUnitNameEndings).has_value() ||
                   longest_match_ending(name, name.size(), lex::kUnitNameEndings).has_value();
  bool known_start = longest_match_at(name, 0, lex::kUnitNameStarts).has_value();
  return known_end || (known_start && name.size() <= 12);
}

std::vector<std::u32string_view> split_unit_list(std::u32string_view list) {
  std::vector<std::u32string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    bool end = i == list.size();
    if (!end && list[i] == U'(') ++depth;
    if (!end && list[i] == U')' && depth > 0) --depth;
    if (!end && (depth > 0 || std::u32string_view(U"、,;\n").find(list[i]) == std::u32string_view::npos)) continue;
    auto unit = trim_chars(list.substr(start, i - start), U" 。【");
    if (unit.size() > 1 && unit.back() == U'等') unit.remove_suffix(1);
    if (!unit.empty()) out.push_back(unit);
    start = i + 1;
  }
  return out;
}

namespace {

constexpr std::u32string_view kJointWords[] = {U"会同", U"联合", U"协同", U"协调"};

// 会同市科技局、市财政局等部门 -> partners 市科技局, 市财政局.
std::optional<std::vector<std::u32string_view>> joint_units(std::u32string_view clause) {
  auto word = longest_match_at(clause, 0, kJointWords);
  if (!word) return std::nullopt;
  auto list = clause.substr(word->size());
  if (auto p = list.find(U'等'); p != std::u32string_view::npos) list = list.substr(0, p);
  auto units = split_unit_list(list);
  if (!all_units(units)) return std::nullopt;
  return units;
}

}  // namespace

std::optional<std::pair<RoleAssignment, std::size_t>> parse_leading_roles(std::u32string_view sentence) {
  RoleAssignment out;
  std::size_t consumed = 0, start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= sentence.size(); ++i) {
    if (i < sentence.size() && sentence[i] == U'(') ++depth;
    if (i < sentence.size() && sentence[i] == U')' && depth > 0) --depth;
    if (i < sentence.size() && (depth > 0 || (sentence[i] != U',' && sentence[i] != U';'))) continue;
    auto clause = trim_chars(sentence.substr(start, i - start), U" 。");
    start = i + 1;
    if (auto roles = parse_verb_segments(sentence.substr(0, i))) {
      out = std::move(*roles);  // all role clauses so far, read together (牵头 … 配合)
    } else if (auto partners = joint_units(clause); partners && !out.lead.empty()) {
      append_units(out.partners, *partners);
      consumed = std::min(i, sentence.size());
      break;  // 会同… ends the role clauses
    } else {
      break;
    }
    consumed = std::min(i, sentence.size());
  }
  if (out.lead.empty() || consumed == 0 || consumed >= trim_chars(sentence, U" 。").size()) return std::nullopt;
  return std::pair{std::move(out), consumed};
}

std::optional<RoleAssignment> parse_role_assignment(std::u32string_view note) {
  note = trim_chars(note, U" 。;,");
  if (note.empty()) return std::nullopt;
  auto labels = find_labels(note);
  if (!labels.empty()) return parse_labelled(note, labels);
  return parse_verb_segments(note);
}

}  // namespace kc::targets
