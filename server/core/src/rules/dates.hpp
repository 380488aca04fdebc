// Every date value of a report, for the date rules.
#pragma once

#include <functional>
#include <string_view>

#include "analysis/context.hpp"

namespace readout::rules {

// Calls `visit` with each date of the part analysed, and what it is: the Dateline (of the
// head), the meeting's Date and its commitments' due dates.
inline void for_each_date(const analysis::Context& ctx,
                          const std::function<void(const DateValue&, std::string_view)>& visit) {
  if (ctx.scope < 0 && ctx.head.dateline) visit(*ctx.head.dateline, "dateline");
  if (const Meeting* meeting = ctx.scope_meeting()) {
    if (meeting->date) visit(*meeting->date, "meeting date");
    for (const Commitment& c : meeting->commitments)
      if (c.due) visit(*c.due, "due date");
  }
}

}  // namespace readout::rules
