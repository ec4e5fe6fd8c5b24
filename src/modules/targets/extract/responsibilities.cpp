#include "modules/targets/extract/responsibilities.hpp"

#include <algorithm>

#include "modules/targets/extract/segmenter.hpp"
#include "modules/targets/extract/text_util.hpp"

namespace kc::targets {
namespace {

// A heading is a short paragraph without a full stop: "(四)加强知识产权保护和运用".
constexpr std::size_t kHeadingMax = 40;
// A task title longer than this is cut at its first comma.
constexpr std::size_t kTitleMax = 60;

struct Note {
  Range range;  // the whole note, brackets included
  RoleAssignment roles;
  Range rest;   // for a note opening a sentence (由市科技局牵头,…): the task words after it
};

bool is_heading(std::u32string_view s, Range p) {
  auto v = view(s, p);
  return v.size() <= kHeadingMax && v.find(U'。') == std::u32string_view::npos;
}

bool may_hold_roles(std::u32string_view v) {
  for (auto w : {U"牵头", U"配合", U"负责", U"单位:", U"部门:", U"单位】", U"部门】", U"科室:", U"协办", U"参与", U"指导"}) {
    if (v.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

std::size_t matching_close(std::u32string_view s, std::size_t open, std::size_t limit) {
  int depth = 0;
  for (std::size_t i = open; i < limit; ++i) {
    if (s[i] == U'(') ++depth;
    if (s[i] == U')' && --depth == 0) return i;
  }
  return std::u32string_view::npos;
}

std::vector<Note> bracketed_notes(std::u32string_view s, Range p) {
  std::vector<Note> notes;
  for (std::size_t i = p.begin; i < p.end; ++i) {
    if (s[i] != U'(') continue;
    std::size_t close = matching_close(s, i, p.end);
    if (close == std::u32string_view::npos) break;
    auto inner = s.substr(i + 1, close - i - 1);
    if (may_hold_roles(inner)) {
      if (auto roles = parse_role_assignment(inner)) notes.push_back({{i, close + 1}, std::move(*roles), {}});
    }
    i = close;
  }
  return notes;
}

bool overlaps(const std::vector<Note>& notes, Range r) {
  return std::ranges::any_of(notes, [&](const Note& n) { return n.range.begin < r.end && r.begin < n.range.end; });
}

// Notes written as a sentence of their own: "市科技局牵头,市财政局配合。" / "责任单位:市科技局".
void add_sentence_notes(std::u32string_view s, Range p, std::vector<Note>& notes) {
  for (auto sentence : split_sentences(s, p)) {
    auto v = view(s, sentence);
    if (overlaps(notes, sentence) || !may_hold_roles(v)) continue;
    if (auto roles = parse_role_assignment(v)) {
      notes.push_back({sentence, std::move(*roles), {}});
    } else if (auto leading = parse_leading_roles(v)) {
      std::size_t end = sentence.begin + leading->second;
      std::size_t rest = end;
      while (rest < sentence.end && std::u32string_view(U",; ").find(s[rest]) != std::u32string_view::npos) ++rest;
      notes.push_back({{sentence.begin, end}, std::move(leading->first), {rest, sentence.end}});
    }
  }
  std::ranges::sort(notes, {}, [](const Note& n) { return n.range.begin; });
}

std::u32string_view first_sentence_title(std::u32string_view body) {
  auto end = body.find_first_of(U"。;");
  auto title = body.substr(0, end);
  if (title.size() > kTitleMax) title = title.substr(0, std::min(title.find(U','), kTitleMax));
  return trim_chars(title, U" ,;:。");
}

std::u32string_view heading_title(std::u32string_view heading) {
  heading.remove_prefix(numbering_length(heading, 0));
  return trim_chars(heading, U" ,;:。");
}

class ParagraphReader {
 public:
  ParagraphReader(const NormalizedText& t, std::optional<Range> previous) : t_(t), s_(t.s), previous_(previous) {}

  // Normalised start of the span of the last responsibility read.
  std::size_t last_span_begin() const { return last_span_begin_; }

  void read(Range p, std::vector<Responsibility>& out) {
    auto notes = bracketed_notes(s_, p);
    add_sentence_notes(s_, p, notes);
    std::size_t task_begin = p.begin;
    for (const auto& note : notes) {
      out.push_back(make(p, task_begin, note));
      task_begin = note.rest.empty() ? note.range.end : note.rest.end;
      while (task_begin < p.end && std::u32string_view(U"。;, ").find(s_[task_begin]) != std::u32string_view::npos)
        ++task_begin;
    }
  }

 private:
  Responsibility make(Range p, std::size_t task_begin, const Note& note) {
    Responsibility r;
    for (auto u : note.roles.lead) r.lead.push_back(to_utf8(display(t_, u)));
    for (auto u : note.roles.partners) r.partners.push_back(to_utf8(display(t_, u)));
    Range body{task_begin, note.range.begin};
    bool note_alone = trim_chars(view(s_, body), U" 。;,").empty();
    std::size_t span_end = note.rest.empty() ? note.range.end : note.rest.end;
    if (note_alone && !note.rest.empty()) {  // 由市科技局牵头,建设技术市场。: the task follows the note
      r.task = to_utf8(display(t_, first_sentence_title(view(s_, note.rest))));
      r.span = span_of(t_, note.range.begin, span_end);
      last_span_begin_ = note.range.begin;
      return r;
    }
    if (note_alone && previous_) body = *previous_;  // the note is a line after its task paragraph
    r.task = to_utf8(display(t_, title(p, body)));
    r.span = span_of(t_, body.begin, span_end);
    last_span_begin_ = body.begin;
    return r;
  }

  std::u32string_view title(Range p, Range body) {
    auto v = view(s_, body);
    if (std::size_t n = numbering_length(v, 0)) return first_sentence_title(v.substr(n));
    if (body.begin == p.begin && previous_ && is_heading(s_, *previous_)) return heading_title(view(s_, *previous_));
    return first_sentence_title(v);
  }

  const NormalizedText& t_;
  std::u32string_view s_;
  std::optional<Range> previous_;
  std::size_t last_span_begin_ = 0;
};

// A paragraph that is nothing but a note: "牵头单位:市科技局".
std::optional<RoleAssignment> whole_note(std::u32string_view s, Range p) {
  auto v = view(s, p);
  if (!may_hold_roles(v)) return std::nullopt;
  return parse_role_assignment(v);
}

void set_roles(const NormalizedText& t, Responsibility& r, const RoleAssignment& roles) {
  r.lead.clear();
  r.partners.clear();
  for (auto u : roles.lead) r.lead.push_back(to_utf8(display(t, u)));
  for (auto u : roles.partners) r.partners.push_back(to_utf8(display(t, u)));
}

}  // namespace

std::vector<Responsibility> extract_responsibilities(const NormalizedText& t) {
  std::vector<Responsibility> out;
  std::optional<Range> previous;
  std::optional<Range> open_note;  // a note paragraph that a following label line may continue
  std::size_t span_begin = 0;
  for (auto p : split_paragraphs(t.s)) {
    if (open_note && whole_note(t.s, p)) {
      // "牵头单位:市科技局" then "责任单位:市财政局" on the next line: one note over both lines.
      Range combined{open_note->begin, p.end};
      if (auto roles = parse_role_assignment(view(t.s, combined))) {
        set_roles(t, out.back(), *roles);
        out.back().span = span_of(t, span_begin, p.end);
        open_note = combined;
        previous = p;
        continue;
      }
    }
    std::size_t before = out.size();
    ParagraphReader reader(t, previous);
    reader.read(p, out);
    bool note_paragraph = out.size() == before + 1 && whole_note(t.s, p).has_value();
    open_note = note_paragraph ? std::optional<Range>(p) : std::nullopt;
    span_begin = reader.last_span_begin();
    previous = p;
  }
  return out;
}

}  // namespace kc::targets
