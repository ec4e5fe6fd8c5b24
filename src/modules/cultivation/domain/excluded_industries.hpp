#pragma once
// Industries excluded from the R&D super-deduction by 财税〔2015〕119号 第四条: 烟草制造业、住宿和餐饮业、
// 批发和零售业、房地产业、租赁和商务服务业、娱乐业 (classified by GB/T 4754). The same list is
// 科技型中小企业 eligibility E3 (2022 指引) and the exclusion check of the 加计扣除 module.
#include <optional>
#include <string>
#include <string_view>

namespace kc::cultivation {

// The excluded industry's official name when `industry` (a GB/T 4754-2017 code such as "F", "5211",
// "F5211", or a 门类/大类 name such as "批发和零售业") falls in the 119号 list; nullopt otherwise.
// Names of 中类/小类 are not resolved here: callers should pass the organisation's industry code.
std::optional<std::string> tax_excluded_industry(std::string_view industry);

}  // namespace kc::cultivation
