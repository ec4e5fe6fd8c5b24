#pragma once
// Plain result types of the policy-document reader. Every extracted item carries the exact span of
// the input it came from, so the UI can highlight it and a reviewer can check it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kc::targets {

// A span of the (UTF-8) input text. `start`/`end` count Unicode code points, `byte_start`/`byte_end`
// count UTF-8 bytes; both are half-open and `text` equals the input at either pair of offsets.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
  std::string text;
};

// Exactly is used only for money standards (补助3万元); a bare target number reads as AtLeast.
enum class Comparator { AtLeast, About, AtMost, Between, Exactly };

const char* comparator_name(Comparator c);

struct Target {
  std::optional<int> year;
  std::string year_source;  // "stated" (same sentence), "context" (earlier in the text), "document"
  std::string indicator;
  double value = 0;
  std::optional<double> value_max;  // only for ranges such as 5—10家 (comparator Between)
  std::string unit;
  Comparator comparator = Comparator::AtLeast;
  std::string scope;  // 全市, 每个县（区）, 每年 ... empty when the sentence states none
  Span span;
};

struct Responsibility {
  std::string task;
  std::vector<std::string> lead;
  std::vector<std::string> partners;
  Span span;
};

// A fixed money (or rate) standard such as 补助3万元 or 奖励50万元: not a target to reach.
struct Standard {
  double amount = 0;
  std::optional<double> amount_max;
  std::string unit;
  Comparator comparator = Comparator::AtLeast;
  std::string kind;     // 奖励, 补助, 资助 ... the word that makes it a standard
  std::string purpose;  // what it is paid for, as written before the amount
  std::string per;      // 每家, 每人, 每项 ... when stated
  Span span;
};

struct DocumentMeta {
  std::string issuer;
  std::string number;  // 文号 such as 平科〔2019〕48号
  std::string date;    // ISO 8601 date, e.g. 2019-08-25
  std::string title;
  std::string region;
  std::optional<int> year;
};

struct ExtractionResult {
  DocumentMeta document;
  std::vector<Target> targets;
  std::vector<Responsibility> responsibilities;
  std::vector<Standard> standards;
};

}  // namespace kc::targets
