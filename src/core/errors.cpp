#include "core/errors.hpp"

#include <array>

namespace kc {
namespace {

// Keep the numbers permanent: append new entries, never renumber or reuse.
constexpr std::array kCatalogue = {
    ErrorInfo{1001, "BAD_REQUEST", 400, "请求不合法"},
    ErrorInfo{1002, "JSON_INVALID", 400, "请求体不是合法的 JSON"},
    ErrorInfo{1003, "JSON_NOT_OBJECT", 400, "请求体必须是 JSON 对象"},
    ErrorInfo{1004, "FIELD_MISSING", 400, "缺少必填字段"},
    ErrorInfo{1005, "FIELD_UNKNOWN", 400, "未知字段"},
    ErrorInfo{1006, "FIELD_INVALID", 400, "字段取值不合法"},
    ErrorInfo{1007, "BODY_TOO_LARGE", 413, "请求体超过大小限制"},
    ErrorInfo{1008, "HEADER_TOO_LARGE", 431, "请求头过大"},
    ErrorInfo{1009, "UNSUPPORTED_MEDIA_TYPE", 415, "不支持的内容类型"},
    ErrorInfo{2001, "AUTH_REQUIRED", 401, "请先登录"},
    ErrorInfo{2002, "LOGIN_FAILED", 401, "用户名或密码错误"},
    ErrorInfo{2003, "ACCOUNT_LOCKED", 423, "登录失败次数过多，账号已临时锁定，请15分钟后再试"},
    ErrorInfo{2004, "ACCOUNT_DISABLED", 403, "账号已停用"},
    ErrorInfo{2005, "SESSION_EXPIRED", 401, "会话已过期，请重新登录"},
    ErrorInfo{2006, "CSRF_INVALID", 403, "安全令牌无效，请刷新页面后重试"},
    ErrorInfo{2007, "FORBIDDEN", 403, "没有执行此操作的权限"},
    ErrorInfo{2008, "PASSWORD_CHANGE_REQUIRED", 403, "请先修改密码"},
    ErrorInfo{2009, "PASSWORD_WEAK", 400, "密码不符合要求"},
    ErrorInfo{2010, "PASSWORD_WRONG", 400, "原密码不正确"},
    ErrorInfo{2011, "ORG_NOT_APPROVED", 403, "所在单位尚未通过审核"},
    ErrorInfo{3001, "NOT_FOUND", 404, "记录不存在"},
    ErrorInfo{3002, "ROUTE_NOT_FOUND", 404, "接口不存在"},
    ErrorInfo{3003, "METHOD_NOT_ALLOWED", 405, "不支持的请求方法"},
    ErrorInfo{3004, "CONFLICT", 409, "记录已被修改，请刷新后重试"},
    ErrorInfo{3005, "INVALID_STATE", 409, "当前状态下不能执行此操作"},
    ErrorInfo{3006, "USERNAME_TAKEN", 409, "用户名已被使用"},
    ErrorInfo{3007, "CREDIT_CODE_TAKEN", 409, "该统一社会信用代码已注册"},
    ErrorInfo{4001, "CREDIT_CODE_INVALID", 400, "统一社会信用代码不合法"},
    ErrorInfo{4002, "REGION_CODE_INVALID", 400, "行政区划代码不存在"},
    ErrorInfo{4003, "INDUSTRY_CODE_INVALID", 400, "国民经济行业代码不存在"},
    ErrorInfo{4004, "FILE_TYPE_NOT_ALLOWED", 415, "不允许上传此类型的文件"},
    ErrorInfo{4005, "FILE_TOO_LARGE", 413, "文件超过大小限制"},
    ErrorInfo{9001, "INTERNAL", 500, "服务器内部错误"},
    ErrorInfo{9002, "UNAVAILABLE", 503, "服务暂不可用，请稍后重试"},
};

static_assert(kCatalogue.size() == static_cast<size_t>(Err::Unavailable) + 1,
              "every Err needs exactly one catalogue entry, in enum order");

}  // namespace

const ErrorInfo& error_info(Err e) { return kCatalogue.at(static_cast<size_t>(e)); }

ApiError::ApiError(Err e, std::string detail, std::string field)
    : std::runtime_error(std::string(error_info(e).code) + (detail.empty() ? "" : ": " + detail)),
      err_(e),
      detail_(std::move(detail)),
      field_(std::move(field)) {}

std::string ApiError::message_zh() const {
  std::string m(info().message_zh);
  if (!detail_.empty()) m += "：" + detail_;
  return m;
}

}  // namespace kc
