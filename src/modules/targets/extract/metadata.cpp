#include "modules/targets/extract/metadata.hpp"

#include <cstdio>
#include <vector>

#include "modules/targets/extract/lexicon.hpp"
#include "modules/targets/extract/segmenter.hpp"
#include "modules/targets/extract/text_util.hpp"
#include "modules/targets/extract/years.hpp"

namespace kc::targets {
namespace {

// Header and signature lines are short; the title is looked for among the first lines only.
constexpr std::size_t kShortLine = 40;
constexpr std::size_t kTitleMaxLength = 90;
constexpr std::size_t kHeaderLines = 15;
constexpr std::size_t kIssuerAbbrevMax = 6;

struct DocNumber {
  std::size_t begin = 0, end = 0;
};

bool opens_number(char32_t c) { return c == U'〔' || c == U'[' || c == U'(' || c == U'【'; }
bool closes_number(char32_t c) { return c == U'〕' || c == U']' || c == U')' || c == U'】'; }

// 平科〔2019〕48号 starting with the bracket at s[i].
std::optional<DocNumber> doc_number_at(std::u32string_view s, std::size_t i) {
  if (!opens_number(s[i]) || i + 6 >= s.size()) return std::nullopt;
  for (std::size_t k = i + 1; k < i + 5; ++k) {
    if (!is_ascii_digit(s[k])) return std::nullopt;
  }
  if (!closes_number(s[i + 5])) return std::nullopt;
  std::size_t j = i + 6;
  while (j < s.size() && is_ascii_digit(s[j])) ++j;
  if (j == i + 6 || j >= s.size() || s[j] != U'号') return std::nullopt;
  std::size_t b = i;
  while (b > 0 && i - b < kIssuerAbbrevMax && is_han(s[b - 1])) --b;
  if (b == i) return std::nullopt;
  return DocNumber{b, j + 1};
}

std::vector<DocNumber> find_doc_numbers(std::u32string_view s, Range r) {
  std::vector<DocNumber> out;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (auto n = doc_number_at(s.substr(0, r.end), i)) out.push_back(*n);
  }
  return out;
}

// Field labels of government web portals ("发文机关: 盘锦市政府 成文日期: 2021-05-21"); a field's value
// ends where the next label starts (whitespace is gone in the normalised text) or at a table bar.
constexpr std::u32string_view kFieldLabels[] = {
    U"索引号", U"主题分类", U"发文机关", U"发文部门", U"发布机构", U"发文单位", U"制发机关", U"发布单位",
    U"成文日期", U"发文日期", U"发布日期", U"印发日期", U"发文时间", U"实施时间", U"标题", U"发文标题", U"名称",
    U"文件名称", U"文号", U"发文字号", U"发文文号", U"有效性", U"主题词", U"信息来源", U"公开方式", U"法规类型",
    U"所属行业", U"所属区域", U"来源", U"时间", U"投稿", U"浏览次数", U"发布时间"};

std::size_t next_field_label(std::u32string_view v) {
  std::size_t end = v.find(U'|');
  for (auto label : kFieldLabels) {
    for (auto p = v.find(label); p != std::u32string_view::npos; p = v.find(label, p + 1)) {
      if (p + label.size() < v.size() && v[p + label.size()] == U':') {
        end = std::min(end, p);
        break;
      }
    }
  }
  return end;
}

// The value of the first of `labels` (in their order of preference) found in `line`.
std::u32string_view after_label(std::u32string_view line, std::span<const std::u32string_view> labels) {
  for (auto label : labels) {
    for (auto p = line.find(label); p != std::u32string_view::npos; p = line.find(label, p + 1)) {
      std::size_t k = p + label.size();
      if (k >= line.size() || line[k] != U':') continue;
      auto value = trim_chars(line.substr(k + 1), U" |");
      return trim_chars(value.substr(0, next_field_label(value)), U" |");
    }
  }
  return {};
}

class MetadataReader {
 public:
  explicit MetadataReader(const NormalizedText& t) : t_(t), s_(t.s), paragraphs_(split_paragraphs(t.s)) {}

  DocumentMeta read() {
    DocumentMeta m;
    m.number = number();
    m.title = title();
    m.issuer = issuer(m.title);
    m.date = date();
    m.region = region_of(m.issuer.empty() ? title_u32_ : issuer_u32_);
    if (m.date.size() >= 4) m.year = std::stoi(m.date.substr(0, 4));
    else if (auto y = number_year_) m.year = y;
    return m;
  }

 private:
  std::u32string_view line(std::size_t k) const { return view(s_, paragraphs_[k]); }

  std::string number() {
    static constexpr std::u32string_view kLabels[] = {U"发文字号", U"发文文号", U"文号"};
    std::optional<DocNumber> chosen;
    for (std::size_t k = 0; k < paragraphs_.size() && !chosen; ++k) {
      auto value = after_label(line(k), kLabels);
      if (value.empty()) continue;
      std::size_t offset = paragraphs_[k].begin + (value.data() - line(k).data());
      auto found = find_doc_numbers(s_, {offset, paragraphs_[k].end});
      if (!found.empty()) chosen = found.front();
    }
    for (std::size_t k = 0; k < paragraphs_.size() && !chosen; ++k) {  // a line of its own
      auto found = find_doc_numbers(s_, paragraphs_[k]);
      if (!found.empty() && paragraphs_[k].size() <= found.front().end - found.front().begin + 4) chosen = found.front();
    }
    if (!chosen) {  // else the first one not cited inside a sentence's brackets
      auto all = find_doc_numbers(s_, {0, s_.size()});
      for (const auto& n : all) {
        if (n.begin == 0 || (s_[n.begin - 1] != U'(' && s_[n.begin - 1] != U'》')) {
          chosen = n;
          break;
        }
      }
    }
    if (!chosen) return {};
    auto text = s_.substr(chosen->begin, chosen->end - chosen->begin);
    auto open = text.find_first_of(U"〔[(【");
    number_year_ = std::stoi(to_utf8(text.substr(open + 1, 4)));
    return span_of(t_, chosen->begin, chosen->end).text;
  }

  std::string title() {
    static constexpr std::u32string_view kLabels[] = {U"发文标题", U"文件名称", U"名称", U"标题"};
    for (std::size_t k = 0; k < std::min(paragraphs_.size(), kHeaderLines); ++k) {
      auto value = clean_title(after_label(line(k), kLabels));
      if (!value.empty() && ends_like_title(value)) return set_title(value);
    }
    std::optional<std::size_t> plain;
    for (std::size_t k = 0; k < std::min(paragraphs_.size(), kHeaderLines); ++k) {
      auto v = clean_title(line(k));
      if (v.size() > kTitleMaxLength || !ends_like_title(v) || v.find(U':') != std::u32string_view::npos) continue;
      if (v.find(U"关于") != std::u32string_view::npos) return set_title(with_issuer_line(k, v));
      if (!plain) plain = k;
    }
    return plain ? set_title(clean_title(line(*plain))) : std::string{};
  }

  // Drops table bars and a 文号 written before the title ("盘政办发〔2021〕10号 盘锦市…的通知").
  static std::u32string_view clean_title(std::u32string_view v) {
    v = trim_chars(v, U" |。");
    for (std::size_t i = 0; i < std::min<std::size_t>(v.size(), kIssuerAbbrevMax + 1); ++i) {
      auto n = doc_number_at(v, i);
      if (n && n->begin == 0) return trim_chars(v.substr(n->end), U" |");
    }
    return v;
  }

  // "新乡市人民政府办公室\n关于印发…的通知": the issuer line belongs to the title.
  std::u32string_view with_issuer_line(std::size_t k, std::u32string_view cleaned) const {
    if (k == 0 || !cleaned.starts_with(U"关于")) return cleaned;
    auto prev = line(k - 1);
    if (prev.size() > kShortLine || !longest_match_ending(prev, prev.size(), lex::kIssuerEndings)) return cleaned;
    std::size_t end = static_cast<std::size_t>(cleaned.data() - s_.data()) + cleaned.size();
    return s_.substr(paragraphs_[k - 1].begin, end - paragraphs_[k - 1].begin);
  }

  // A title ends with a document type and, unlike a sentence that cites one, has no comma or full stop inside.
  static bool ends_like_title(std::u32string_view v) {
    v = trim_chars(v, U" 。");
    if (v.find_first_of(U",。;") != std::u32string_view::npos) return false;
    return longest_match_ending(v, v.size(), lex::kTitleEndings).has_value() && v.size() >= 6;
  }

  std::string set_title(std::u32string_view v) {
    title_u32_ = trim_chars(v, U" 。");
    return to_utf8(display(t_, title_u32_));
  }

  std::string issuer(const std::string&) {
    static constexpr std::u32string_view kLabels[] = {U"发文机关", U"发文部门", U"发布机构", U"发文单位", U"制发机关"};
    for (std::size_t k = 0; k < std::min(paragraphs_.size(), kHeaderLines); ++k) {
      auto value = after_label(line(k), kLabels);
      if (value.size() >= 2 && value.size() <= kShortLine) return set_issuer(value);
    }
    // 1. A header line "平顶山市科学技术局文件".
    for (std::size_t k = 0; k < std::min(paragraphs_.size(), kHeaderLines); ++k) {
      auto v = line(k);
      if (v.size() <= kShortLine && v.size() > 2 && v.ends_with(U"文件")) return set_issuer(v.substr(0, v.size() - 2));
    }
    // 2. The title "驻马店市人民政府关于…".
    if (auto p = title_u32_.find(U"关于"); p != std::u32string_view::npos && p > 0) {
      auto head = title_u32_.substr(0, p);
      if (longest_match_ending(head, head.size(), lex::kIssuerEndings)) return set_issuer(head);
    }
    // 3. The signature: a short line ending like an issuer, followed by a date line.
    for (std::size_t k = paragraphs_.size(); k-- > 1;) {
      auto v = line(k - 1);
      bool dated = !find_dates(s_, paragraphs_[k]).empty();
      if (dated && v.size() <= kShortLine && longest_match_ending(v, v.size(), lex::kIssuerEndings)) return set_issuer(v);
    }
    // 4. The title starting with an issuer: 漯河市科学技术局优化营商环境工作实施方案.
    std::u32string_view title = title_u32_;
    for (auto ending : lex::kIssuerEndings) {
      if (auto p = title.find(ending); p != std::u32string_view::npos && p > 0 && p + ending.size() < title.size())
        return set_issuer(title.substr(0, p + ending.size()));
    }
    return {};
  }

  std::string set_issuer(std::u32string_view v) {
    issuer_u32_ = trim_chars(v, U" ");
    return to_utf8(display(t_, issuer_u32_));
  }

  // The signature date (a line of its own) is the document's date; else a labelled 成文/发文日期; else
  // the first date.
  std::string date() {
    static constexpr std::u32string_view kLabels[] = {U"成文日期", U"发文日期", U"发文时间", U"印发日期", U"发布日期"};
    std::optional<YearDate> labelled, first;
    for (std::size_t k = 0; k < paragraphs_.size(); ++k) {
      auto dates = find_dates(s_, paragraphs_[k]);
      if (dates.empty()) continue;
      if (paragraphs_[k].size() == dates.front().end - dates.front().begin) return iso(dates.front());
      if (!first) first = dates.front();
      auto value = after_label(line(k), kLabels);
      if (labelled || value.empty()) continue;
      std::size_t offset = paragraphs_[k].begin + static_cast<std::size_t>(value.data() - line(k).data());
      auto in_value = find_dates(s_, {offset, offset + value.size()});
      if (!in_value.empty()) labelled = in_value.front();
    }
    if (labelled) return iso(*labelled);
    return first ? iso(*first) : std::string{};
  }

  static std::string iso(const YearDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }

  const NormalizedText& t_;
  std::u32string_view s_;
  std::vector<Range> paragraphs_;
  std::u32string_view title_u32_;  // views into the normalised text
  std::u32string_view issuer_u32_;
  std::optional<int> number_year_;
};

}  // namespace

std::string region_of(std::u32string_view name) {
  if (match_at(name, 0, U"中共")) name.remove_prefix(2);
  for (std::size_t i = 2; i < name.size() && i <= 8; ++i) {
    if (std::u32string_view(U"省市县区州盟旗").find(name[i]) != std::u32string_view::npos) {
      return to_utf8(name.substr(0, i + 1));
    }
  }
  return {};
}

DocumentMeta extract_metadata(const NormalizedText& t) { return MetadataReader(t).read(); }

}  // namespace kc::targets
