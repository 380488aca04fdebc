; A meeting is a scope: handles are defined by its attendees and referred to in its
; commitments and prose.
(meeting) @local.scope

(attendee handle: (handle) @local.definition)

(party (handle) @local.reference)
(handle_ref (handle) @local.reference)
