#pragma once
// Exact arithmetic for the assessment rules. Official thresholds are compared exactly: a ratio is a
// Fraction of two exact integers and is compared with another Fraction by cross-multiplication, so
// "6% (含)" holds at exactly 6% and never fails on a binary rounding error. Doubles are produced only
// for display (`*_pct` fields, rounded half away from zero to 4 decimals).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kc::cultivation {

// An amount of money in 万元, held as an integer count of 10^-6 万元 (0.01 元), so every value an
// enterprise reports to the fen is exact. Parsed from decimal strings such as "312.5".
class Decimal {
 public:
  static constexpr int kMaxFractionDigits = 6;
  static constexpr std::int64_t kUnitsPerOne = 1'000'000;
  // Inputs beyond 10^10 万元 are rejected so that products of three amounts fit in 128 bits.
  static constexpr std::int64_t kMaxWhole = 10'000'000'000;

  constexpr Decimal() = default;
  static constexpr Decimal from_units(std::int64_t units) { return Decimal(units); }
  static constexpr Decimal whole(std::int64_t value) { return Decimal(value * kUnitsPerOne); }
  // Accepts an optional '-', digits, and at most kMaxFractionDigits decimals ("5000", "312.5",
  // "0.000001"). Returns nullopt (never throws) for anything else, including exponents and blanks.
  static std::optional<Decimal> parse(std::string_view text);

  constexpr std::int64_t units() const { return units_; }
  constexpr bool is_zero() const { return units_ == 0; }
  constexpr bool is_negative() const { return units_ < 0; }
  double to_double() const;
  // Canonical text without trailing zeros: "312.5", "5000", "-0.25".
  std::string to_string() const;

  friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.units_ + b.units_); }
  friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.units_ - b.units_); }
  friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

 private:
  constexpr explicit Decimal(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

// An exact rational number num/den with den > 0, kept in lowest terms. All arithmetic is checked:
// an overflow of the 128-bit range throws std::overflow_error instead of giving a wrong verdict.
class Fraction {
 public:
  using Int = __int128;

  Fraction() = default;
  // Throws std::domain_error when den == 0.
  Fraction(Int num, Int den);
  static Fraction integer(std::int64_t value) { return Fraction(value, 1); }
  // `percent` per cent, e.g. percent(30) == 3/10.
  static Fraction percent(std::int64_t percent) { return Fraction(percent, 100); }
  static Fraction of(Decimal value) { return Fraction(value.units(), Decimal::kUnitsPerOne); }
  // numerator / denominator; nullopt when the denominator is zero (the ratio is undefined).
  static std::optional<Fraction> ratio(Decimal numerator, Decimal denominator);
  static std::optional<Fraction> ratio(std::int64_t numerator, std::int64_t denominator);

  Int num() const { return num_; }
  Int den() const { return den_; }

  friend Fraction operator+(const Fraction& a, const Fraction& b);
  friend Fraction operator-(const Fraction& a, const Fraction& b);
  friend Fraction operator*(const Fraction& a, const Fraction& b);
  friend Fraction operator/(const Fraction& a, const Fraction& b);  // throws std::domain_error on b == 0
  friend bool operator==(const Fraction& a, const Fraction& b);
  friend std::strong_ordering operator<=>(const Fraction& a, const Fraction& b);

  // For display only: the value times 100, rounded half away from zero to 4 decimals.
  double percent_rounded() const;
  // For display only: the value rounded half away from zero to 4 decimals.
  double rounded4() const;
  // For messages: percent_rounded() as text without trailing zeros, e.g. "6.6667%", "30%".
  std::string percent_text() const;

 private:
  Int num_ = 0;
  Int den_ = 1;
};

}  // namespace kc::cultivation
