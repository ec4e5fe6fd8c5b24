#include "modules/cultivation/domain/decimal.hpp"

#include <stdexcept>

namespace kc::cultivation {
namespace {

using Int = Fraction::Int;

Int checked_mul(Int a, Int b) {
  Int out;
  if (__builtin_mul_overflow(a, b, &out)) throw std::overflow_error("exact arithmetic overflow");
  return out;
}

Int checked_add(Int a, Int b) {
  Int out;
  if (__builtin_add_overflow(a, b, &out)) throw std::overflow_error("exact arithmetic overflow");
  return out;
}

Int abs_value(Int v) { return v < 0 ? -v : v; }

std::string to_text(Int non_negative) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(non_negative % 10)));
    non_negative /= 10;
  } while (non_negative != 0);
  return digits;
}

Int gcd(Int a, Int b) {
  a = abs_value(a);
  b = abs_value(b);
  while (b != 0) {
    Int t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// num / den rounded half away from zero to an integer (den > 0).
Int round_half_away(Int num, Int den) {
  Int q = abs_value(num) / den;
  Int r = abs_value(num) % den;
  if (r * 2 >= den) ++q;
  return num < 0 ? -q : q;
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  const auto dot = text.find('.');
  const std::string_view whole_part = text.substr(0, dot);
  const std::string_view fraction_part = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole_part.empty() || whole_part.size() > 11) return std::nullopt;
  if (dot != std::string_view::npos && (fraction_part.empty() || fraction_part.size() > kMaxFractionDigits))
    return std::nullopt;
  std::int64_t whole = 0;
  for (char c : whole_part) {
    if (c < '0' || c > '9') return std::nullopt;
    whole = whole * 10 + (c - '0');
  }
  if (whole > kMaxWhole) return std::nullopt;
  std::int64_t fraction = 0;
  std::int64_t scale = kUnitsPerOne;
  for (char c : fraction_part) {
    if (c < '0' || c > '9') return std::nullopt;
    scale /= 10;
    fraction += (c - '0') * scale;
  }
  const std::int64_t units = whole * kUnitsPerOne + fraction;
  return Decimal(negative ? -units : units);
}

double Decimal::to_double() const { return static_cast<double>(units_) / static_cast<double>(kUnitsPerOne); }

std::string Decimal::to_string() const {
  const std::int64_t magnitude = units_ < 0 ? -units_ : units_;
  std::string out = (units_ < 0 ? "-" : "") + std::to_string(magnitude / kUnitsPerOne);
  std::int64_t rest = magnitude % kUnitsPerOne;
  if (rest == 0) return out;
  std::string digits = std::to_string(rest + kUnitsPerOne).substr(1);  // zero-padded to 6 digits
  digits.erase(digits.find_last_not_of('0') + 1);
  return out + "." + digits;
}

Fraction::Fraction(Int num, Int den) {
  if (den == 0) throw std::domain_error("fraction with zero denominator");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const Int g = gcd(num, den);
  num_ = g > 1 ? num / g : num;
  den_ = g > 1 ? den / g : den;
}

std::optional<Fraction> Fraction::ratio(Decimal numerator, Decimal denominator) {
  if (denominator.is_zero()) return std::nullopt;
  return Fraction(numerator.units(), denominator.units());
}

std::optional<Fraction> Fraction::ratio(std::int64_t numerator, std::int64_t denominator) {
  if (denominator == 0) return std::nullopt;
  return Fraction(numerator, denominator);
}

Fraction operator+(const Fraction& a, const Fraction& b) {
  const Int g = gcd(a.den_, b.den_);
  const Int scale_a = b.den_ / g;
  const Int scale_b = a.den_ / g;
  return Fraction(checked_add(checked_mul(a.num_, scale_a), checked_mul(b.num_, scale_b)),
                  checked_mul(a.den_, scale_a));
}

Fraction operator-(const Fraction& a, const Fraction& b) { return a + Fraction(-b.num_, b.den_); }

Fraction operator*(const Fraction& a, const Fraction& b) {
  // Cancel crosswise first so that products stay as small as possible.
  const Int g1 = gcd(a.num_, b.den_);  // never 0: denominators are positive
  const Int g2 = gcd(b.num_, a.den_);
  return Fraction(checked_mul(a.num_ / g1, b.num_ / g2), checked_mul(a.den_ / g2, b.den_ / g1));
}

Fraction operator/(const Fraction& a, const Fraction& b) {
  if (b.num_ == 0) throw std::domain_error("division by zero");
  return a * Fraction(b.den_, b.num_);
}

bool operator==(const Fraction& a, const Fraction& b) { return a.num_ == b.num_ && a.den_ == b.den_; }

std::strong_ordering operator<=>(const Fraction& a, const Fraction& b) {
  const Int left = checked_mul(a.num_, b.den_);
  const Int right = checked_mul(b.num_, a.den_);
  if (left < right) return std::strong_ordering::less;
  if (left > right) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

double Fraction::rounded4() const {
  return static_cast<double>(round_half_away(checked_mul(num_, 10'000), den_)) / 10'000.0;
}

double Fraction::percent_rounded() const {
  return static_cast<double>(round_half_away(checked_mul(num_, 1'000'000), den_)) / 10'000.0;
}

std::string Fraction::percent_text() const {
  const Int scaled = round_half_away(checked_mul(num_, 1'000'000), den_);  // percent * 10^4
  const Int magnitude = abs_value(scaled);
  std::string out = (scaled < 0 ? "-" : "") + to_text(magnitude / 10'000);
  std::string digits = to_text(magnitude % 10'000 + 10'000).substr(1);
  digits.erase(digits.find_last_not_of('0') + 1);
  return out + (digits.empty() ? "" : "." + digits) + "%";
}

}  // namespace kc::cultivation
