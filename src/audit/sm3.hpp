#pragma once
// SM3 (GB/T 32905-2016), the national cryptographic hash the audit chain uses; implemented in core/hash.
#include "core/hash.hpp"

namespace kc::audit {
using kc::sm3_hex;
}
