#pragma once
#include "api/api.hpp"

namespace kc::cultivation {
// The periodic bulletin (定期通报) ranking counties, within the caller's region:
// /api/v1/cultivation/bulletin?year= (JSON), /bulletin/export?year= (xlsx), /bulletin.pdf?year= (PDF).
// The ranking rule is domain/county_bulletin.hpp.
void register_bulletin_routes(api::Api& api);
}
