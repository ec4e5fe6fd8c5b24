#pragma once
// The one error catalogue of kechuang. Every error a client can see is listed in errors.cpp with a
// permanent code (never reused), its HTTP status and the Chinese message shown to the user.
// Domain code throws kc::ApiError; the HTTP layer maps it to a response in one place.
#include <stdexcept>
#include <string>
#include <string_view>

namespace kc {

enum class Err {
  // request shape
  BadRequest,
  JsonInvalid,
  JsonNotObject,
  FieldMissing,
  FieldUnknown,
  FieldInvalid,
  BodyTooLarge,
  HeaderTooLarge,
  UnsupportedMediaType,
  // authentication and authorisation
  AuthRequired,
  LoginFailed,
  AccountLocked,
  AccountDisabled,
  SessionExpired,
  CsrfInvalid,
  Forbidden,
  PasswordChangeRequired,
  PasswordWeak,
  PasswordWrong,
  OrgNotApproved,
  // resources
  NotFound,
  RouteNotFound,
  MethodNotAllowed,
  Conflict,
  InvalidState,
  UsernameTaken,
  CreditCodeTaken,
  // validation of domain values
  CreditCodeInvalid,
  RegionCodeInvalid,
  IndustryCodeInvalid,
  FileTypeNotAllowed,
  FileTooLarge,
  // server side
  Internal,
  Unavailable,
};

struct ErrorInfo {
  int number;                   // permanent numeric code, never reused
  std::string_view code;        // stable machine-readable code
  int http_status;
  std::string_view message_zh;  // shown to the user
};

const ErrorInfo& error_info(Err e);

// An error meant for the client. `detail` (Chinese) is appended to the catalogue message;
// `field` names the offending input field, if any.
class ApiError : public std::runtime_error {
 public:
  explicit ApiError(Err e, std::string detail = {}, std::string field = {});
  Err err() const { return err_; }
  const std::string& detail() const { return detail_; }
  const std::string& field() const { return field_; }
  const ErrorInfo& info() const { return error_info(err_); }
  // Catalogue message plus detail, e.g. "字段不合法：credit_code（校验位错误）".
  std::string message_zh() const;

 private:
  Err err_;
  std::string detail_;
  std::string field_;
};

}  // namespace kc
