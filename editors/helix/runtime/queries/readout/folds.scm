[
  (report_header)
  (meeting)
  (attendees_section)
  (commitments_section)
  (prose_section)
  (paragraph)
] @fold
