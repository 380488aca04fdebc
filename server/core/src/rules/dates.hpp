// Every date value of a report, for the date rules.
#pragma once

#include <functional>
#include <string_view>

#include "analysis/context.hpp"

namespace readout::rules {

// Calls `visit` with each Dateline, meeting Date and commitment due date, and what it is
// ("dateline", "meeting date", "due date").
inline void for_each_date(const analysis::Context& ctx,
                          const std::function<void(const DateValue&, std::string_view)>& visit) {
  if (ctx.report.dateline) visit(*ctx.report.dateline, "dateline");
  for (const Meeting& meeting : ctx.report.meetings) {
    if (meeting.date) visit(*meeting.date, "meeting date");
    for (const Commitment& c : meeting.commitments)
      if (c.due) visit(*c.due, "due date");
  }
}

}  // namespace readout::rules
