; Headings
(report_header title: (title) @markup.heading.1)
(meeting heading: (heading) @markup.heading.2)
(attendees_section heading: (heading) @markup.heading.3)
(commitments_section heading: (heading) @markup.heading.3)
(prose_section heading: (heading) @markup.heading.3)
(meeting_id) @label

; Fields
(field_name) @property
(value) @string
(invalid_date) @string
(date) @number
(date_range ["to" ".." "–" "—"] @operator)

; Attendees
(handle) @variable
(attendee name: (name) @string.special)
(attendee title: (title) @type)
(attendee organization: (organization) @namespace)
(flag) @attribute

; Commitments
(party (all) @keyword)
(party_name) @namespace
(due "due" @keyword)
(commitment text: (text) @string)

; Prose
(handle_ref (handle) @variable)

; Comments and suppressions
(comment) @comment
(directive) @comment
(directive_kind) @keyword.directive
(rule_id) @constant

["|" "," ":" "{#" "}" "[" "]"] @punctuation.delimiter
