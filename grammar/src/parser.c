#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 209
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 90
#define ALIAS_COUNT 3
#define TOKEN_COUNT 49
#define EXTERNAL_TOKEN_COUNT 1
#define FIELD_COUNT 17
#define MAX_ALIAS_SEQUENCE_LENGTH 10
#define PRODUCTION_ID_COUNT 41

enum ts_symbol_identifiers {
  aux_sym_report_header_token1 = 1,
  aux_sym_dateline_field_token1 = 2,
  aux_sym_date_field_token1 = 3,
  aux_sym_place_field_token1 = 4,
  aux_sym_kind_field_token1 = 5,
  aux_sym_source_field_token1 = 6,
  aux_sym_author_field_token1 = 7,
  sym_date = 8,
  anon_sym_to = 9,
  anon_sym_DOT_DOT = 10,
  anon_sym_u2013 = 11,
  anon_sym_u2014 = 12,
  sym_value = 13,
  aux_sym_meeting_token1 = 14,
  anon_sym_LBRACE_POUND = 15,
  aux_sym_meeting_id_token1 = 16,
  anon_sym_RBRACE = 17,
  sym__heading_text = 18,
  aux_sym_attendees_section_token1 = 19,
  anon_sym_Attendees = 20,
  anon_sym_attendees = 21,
  anon_sym_ATTENDEES = 22,
  anon_sym_Participants = 23,
  anon_sym_participants = 24,
  anon_sym_PARTICIPANTS = 25,
  anon_sym_COLON = 26,
  anon_sym_PIPE = 27,
  sym__item = 28,
  sym__cell = 29,
  sym_handle = 30,
  anon_sym_LBRACK = 31,
  anon_sym_COMMA = 32,
  anon_sym_RBRACK = 33,
  sym_flag = 34,
  anon_sym_Commitments = 35,
  anon_sym_commitments = 36,
  anon_sym_COMMITMENTS = 37,
  sym_all = 38,
  sym__party_name = 39,
  sym__commitment_text = 40,
  anon_sym_due = 41,
  sym_text = 42,
  sym_comment = 43,
  aux_sym_directive_token1 = 44,
  anon_sym_DASH_DASH_GT = 45,
  sym_directive_kind = 46,
  sym_rule_id = 47,
  sym__line_end = 48,
  sym_report = 49,
  sym__blank = 50,
  sym__leading_blank = 51,
  sym_report_header = 52,
  sym_dateline_field = 53,
  sym_date_field = 54,
  sym_place_field = 55,
  sym_kind_field = 56,
  sym_source_field = 57,
  sym_author_field = 58,
  sym__date_value = 59,
  sym_date_range = 60,
  sym_meeting = 61,
  sym_meeting_id = 62,
  sym_attendees_section = 63,
  sym_attendee = 64,
  sym_flags = 65,
  sym_commitments_section = 66,
  sym_commitment = 67,
  sym_party = 68,
  sym_due = 69,
  sym_prose_section = 70,
  sym__prose_block = 71,
  sym_paragraph = 72,
  sym_line = 73,
  sym_handle_ref = 74,
  sym_directive = 75,
  aux_sym_report_repeat1 = 76,
  aux_sym_report_repeat2 = 77,
  aux_sym_report_repeat3 = 78,
  aux_sym_report_header_repeat1 = 79,
  aux_sym_meeting_repeat1 = 80,
  aux_sym_meeting_repeat2 = 81,
  aux_sym_meeting_repeat3 = 82,
  aux_sym_attendees_section_repeat1 = 83,
  aux_sym_flags_repeat1 = 84,
  aux_sym_commitments_section_repeat1 = 85,
  aux_sym_commitment_repeat1 = 86,
  aux_sym_paragraph_repeat1 = 87,
  aux_sym_line_repeat1 = 88,
  aux_sym_directive_repeat1 = 89,
  alias_sym_invalid_date = 90,
  alias_sym_organization = 91,
  alias_sym_title = 92,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [aux_sym_report_header_token1] = "report_header_token1",
  [aux_sym_dateline_field_token1] = "field_name",
  [aux_sym_date_field_token1] = "field_name",
  [aux_sym_place_field_token1] = "field_name",
  [aux_sym_kind_field_token1] = "field_name",
  [aux_sym_source_field_token1] = "field_name",
  [aux_sym_author_field_token1] = "field_name",
  [sym_date] = "date",
  [anon_sym_to] = "to",
  [anon_sym_DOT_DOT] = "..",
  [anon_sym_u2013] = "\u2013",
  [anon_sym_u2014] = "\u2014",
  [sym_value] = "value",
  [aux_sym_meeting_token1] = "meeting_token1",
  [anon_sym_LBRACE_POUND] = "{#",
  [aux_sym_meeting_id_token1] = "identifier",
  [anon_sym_RBRACE] = "}",
  [sym__heading_text] = "heading",
  [aux_sym_attendees_section_token1] = "attendees_section_token1",
  [anon_sym_Attendees] = "heading",
  [anon_sym_attendees] = "heading",
  [anon_sym_ATTENDEES] = "heading",
  [anon_sym_Participants] = "heading",
  [anon_sym_participants] = "heading",
  [anon_sym_PARTICIPANTS] = "heading",
  [anon_sym_COLON] = ":",
  [anon_sym_PIPE] = "|",
  [sym__item] = "_item",
  [sym__cell] = "name",
  [sym_handle] = "handle",
  [anon_sym_LBRACK] = "[",
  [anon_sym_COMMA] = ",",
  [anon_sym_RBRACK] = "]",
  [sym_flag] = "flag",
  [anon_sym_Commitments] = "heading",
  [anon_sym_commitments] = "heading",
  [anon_sym_COMMITMENTS] = "heading",
  [sym_all] = "all",
  [sym__party_name] = "party_name",
  [sym__commitment_text] = "text",
  [anon_sym_due] = "due",
  [sym_text] = "text",
  [sym_comment] = "comment",
  [aux_sym_directive_token1] = "<!-- readout-",
  [anon_sym_DASH_DASH_GT] = "-->",
  [sym_directive_kind] = "directive_kind",
  [sym_rule_id] = "rule_id",
  [sym__line_end] = "_line_end",
  [sym_report] = "report",
  [sym__blank] = "_blank",
  [sym__leading_blank] = "_leading_blank",
  [sym_report_header] = "report_header",
  [sym_dateline_field] = "dateline_field",
  [sym_date_field] = "date_field",
  [sym_place_field] = "place_field",
  [sym_kind_field] = "kind_field",
  [sym_source_field] = "source_field",
  [sym_author_field] = "author_field",
  [sym__date_value] = "_date_value",
  [sym_date_range] = "date_range",
  [sym_meeting] = "meeting",
  [sym_meeting_id] = "meeting_id",
  [sym_attendees_section] = "attendees_section",
  [sym_attendee] = "attendee",
  [sym_flags] = "flags",
  [sym_commitments_section] = "commitments_section",
  [sym_commitment] = "commitment",
  [sym_party] = "party",
  [sym_due] = "due",
  [sym_prose_section] = "prose_section",
  [sym__prose_block] = "_prose_block",
  [sym_paragraph] = "paragraph",
  [sym_line] = "line",
  [sym_handle_ref] = "handle_ref",
  [sym_directive] = "directive",
  [aux_sym_report_repeat1] = "report_repeat1",
  [aux_sym_report_repeat2] = "report_repeat2",
  [aux_sym_report_repeat3] = "report_repeat3",
  [aux_sym_report_header_repeat1] = "report_header_repeat1",
  [aux_sym_meeting_repeat1] = "meeting_repeat1",
  [aux_sym_meeting_repeat2] = "meeting_repeat2",
  [aux_sym_meeting_repeat3] = "meeting_repeat3",
  [aux_sym_attendees_section_repeat1] = "attendees_section_repeat1",
  [aux_sym_flags_repeat1] = "flags_repeat1",
  [aux_sym_commitments_section_repeat1] = "commitments_section_repeat1",
  [aux_sym_commitment_repeat1] = "commitment_repeat1",
  [aux_sym_paragraph_repeat1] = "paragraph_repeat1",
  [aux_sym_line_repeat1] = "line_repeat1",
  [aux_sym_directive_repeat1] = "directive_repeat1",
  [alias_sym_invalid_date] = "invalid_date",
  [alias_sym_organization] = "organization",
  [alias_sym_title] = "title",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [aux_sym_report_header_token1] = aux_sym_report_header_token1,
  [aux_sym_dateline_field_token1] = aux_sym_dateline_field_token1,
  [aux_sym_date_field_token1] = aux_sym_dateline_field_token1,
  [aux_sym_place_field_token1] = aux_sym_dateline_field_token1,
  [aux_sym_kind_field_token1] = aux_sym_dateline_field_token1,
  [aux_sym_source_field_token1] = aux_sym_dateline_field_token1,
  [aux_sym_author_field_token1] = aux_sym_dateline_field_token1,
  [sym_date] = sym_date,
  [anon_sym_to] = anon_sym_to,
  [anon_sym_DOT_DOT] = anon_sym_DOT_DOT,
  [anon_sym_u2013] = anon_sym_u2013,
  [anon_sym_u2014] = anon_sym_u2014,
  [sym_value] = sym_value,
  [aux_sym_meeting_token1] = aux_sym_meeting_token1,
  [anon_sym_LBRACE_POUND] = anon_sym_LBRACE_POUND,
  [aux_sym_meeting_id_token1] = aux_sym_meeting_id_token1,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [sym__heading_text] = sym__heading_text,
  [aux_sym_attendees_section_token1] = aux_sym_attendees_section_token1,
  [anon_sym_Attendees] = sym__heading_text,
  [anon_sym_attendees] = sym__heading_text,
  [anon_sym_ATTENDEES] = sym__heading_text,
  [anon_sym_Participants] = sym__heading_text,
  [anon_sym_participants] = sym__heading_text,
  [anon_sym_PARTICIPANTS] = sym__heading_text,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_PIPE] = anon_sym_PIPE,
  [sym__item] = sym__item,
  [sym__cell] = sym__cell,
  [sym_handle] = sym_handle,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [sym_flag] = sym_flag,
  [anon_sym_Commitments] = sym__heading_text,
  [anon_sym_commitments] = sym__heading_text,
  [anon_sym_COMMITMENTS] = sym__heading_text,
  [sym_all] = sym_all,
  [sym__party_name] = sym__party_name,
  [sym__commitment_text] = sym_text,
  [anon_sym_due] = anon_sym_due,
  [sym_text] = sym_text,
  [sym_comment] = sym_comment,
  [aux_sym_directive_token1] = aux_sym_directive_token1,
  [anon_sym_DASH_DASH_GT] = anon_sym_DASH_DASH_GT,
  [sym_directive_kind] = sym_directive_kind,
  [sym_rule_id] = sym_rule_id,
  [sym__line_end] = sym__line_end,
  [sym_report] = sym_report,
  [sym__blank] = sym__blank,
  [sym__leading_blank] = sym__leading_blank,
  [sym_report_header] = sym_report_header,
  [sym_dateline_field] = sym_dateline_field,
  [sym_date_field] = sym_date_field,
  [sym_place_field] = sym_place_field,
  [sym_kind_field] = sym_kind_field,
  [sym_source_field] = sym_source_field,
  [sym_author_field] = sym_author_field,
  [sym__date_value] = sym__date_value,
  [sym_date_range] = sym_date_range,
  [sym_meeting] = sym_meeting,
  [sym_meeting_id] = sym_meeting_id,
  [sym_attendees_section] = sym_attendees_section,
  [sym_attendee] = sym_attendee,
  [sym_flags] = sym_flags,
  [sym_commitments_section] = sym_commitments_section,
  [sym_commitment] = sym_commitment,
  [sym_party] = sym_party,
  [sym_due] = sym_due,
  [sym_prose_section] = sym_prose_section,
  [sym__prose_block] = sym__prose_block,
  [sym_paragraph] = sym_paragraph,
  [sym_line] = sym_line,
  [sym_handle_ref] = sym_handle_ref,
  [sym_directive] = sym_directive,
  [aux_sym_report_repeat1] = aux_sym_report_repeat1,
  [aux_sym_report_repeat2] = aux_sym_report_repeat2,
  [aux_sym_report_repeat3] = aux_sym_report_repeat3,
  [aux_sym_report_header_repeat1] = aux_sym_report_header_repeat1,
  [aux_sym_meeting_repeat1] = aux_sym_meeting_repeat1,
  [aux_sym_meeting_repeat2] = aux_sym_meeting_repeat2,
  [aux_sym_meeting_repeat3] = aux_sym_meeting_repeat3,
  [aux_sym_attendees_section_repeat1] = aux_sym_attendees_section_repeat1,
  [aux_sym_flags_repeat1] = aux_sym_flags_repeat1,
  [aux_sym_commitments_section_repeat1] = aux_sym_commitments_section_repeat1,
  [aux_sym_commitment_repeat1] = aux_sym_commitment_repeat1,
  [aux_sym_paragraph_repeat1] = aux_sym_paragraph_repeat1,
  [aux_sym_line_repeat1] = aux_sym_line_repeat1,
  [aux_sym_directive_repeat1] = aux_sym_directive_repeat1,
  [alias_sym_invalid_date] = alias_sym_invalid_date,
  [alias_sym_organization] = alias_sym_organization,
  [alias_sym_title] = alias_sym_title,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_report_header_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_dateline_field_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_date_field_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_place_field_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_kind_field_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_field_token1] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_author_field_token1] = {
    .visible = true,
    .named = true,
  },
  [sym_date] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_to] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOT_DOT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u2013] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u2014] = {
    .visible = true,
    .named = false,
  },
  [sym_value] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_meeting_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_LBRACE_POUND] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_meeting_id_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [sym__heading_text] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_attendees_section_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_Attendees] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_attendees] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ATTENDEES] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_Participants] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_participants] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_PARTICIPANTS] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PIPE] = {
    .visible = true,
    .named = false,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym__cell] = {
    .visible = true,
    .named = true,
  },
  [sym_handle] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [sym_flag] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_Commitments] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_commitments] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COMMITMENTS] = {
    .visible = true,
    .named = true,
  },
  [sym_all] = {
    .visible = true,
    .named = true,
  },
  [sym__party_name] = {
    .visible = true,
    .named = true,
  },
  [sym__commitment_text] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_due] = {
    .visible = true,
    .named = false,
  },
  [sym_text] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_directive_token1] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_DASH_GT] = {
    .visible = true,
    .named = false,
  },
  [sym_directive_kind] = {
    .visible = true,
    .named = true,
  },
  [sym_rule_id] = {
    .visible = true,
    .named = true,
  },
  [sym__line_end] = {
    .visible = false,
    .named = true,
  },
  [sym_report] = {
    .visible = true,
    .named = true,
  },
  [sym__blank] = {
    .visible = false,
    .named = true,
  },
  [sym__leading_blank] = {
    .visible = false,
    .named = true,
  },
  [sym_report_header] = {
    .visible = true,
    .named = true,
  },
  [sym_dateline_field] = {
    .visible = true,
    .named = true,
  },
  [sym_date_field] = {
    .visible = true,
    .named = true,
  },
  [sym_place_field] = {
    .visible = true,
    .named = true,
  },
  [sym_kind_field] = {
    .visible = true,
    .named = true,
  },
  [sym_source_field] = {
    .visible = true,
    .named = true,
  },
  [sym_author_field] = {
    .visible = true,
    .named = true,
  },
  [sym__date_value] = {
    .visible = false,
    .named = true,
  },
  [sym_date_range] = {
    .visible = true,
    .named = true,
  },
  [sym_meeting] = {
    .visible = true,
    .named = true,
  },
  [sym_meeting_id] = {
    .visible = true,
    .named = true,
  },
  [sym_attendees_section] = {
    .visible = true,
    .named = true,
  },
  [sym_attendee] = {
    .visible = true,
    .named = true,
  },
  [sym_flags] = {
    .visible = true,
    .named = true,
  },
  [sym_commitments_section] = {
    .visible = true,
    .named = true,
  },
  [sym_commitment] = {
    .visible = true,
    .named = true,
  },
  [sym_party] = {
    .visible = true,
    .named = true,
  },
  [sym_due] = {
    .visible = true,
    .named = true,
  },
  [sym_prose_section] = {
    .visible = true,
    .named = true,
  },
  [sym__prose_block] = {
    .visible = false,
    .named = true,
  },
  [sym_paragraph] = {
    .visible = true,
    .named = true,
  },
  [sym_line] = {
    .visible = true,
    .named = true,
  },
  [sym_handle_ref] = {
    .visible = true,
    .named = true,
  },
  [sym_directive] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_report_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_report_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_report_repeat3] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_report_header_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_meeting_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_meeting_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_meeting_repeat3] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_attendees_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_flags_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_commitments_section_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_commitment_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_paragraph_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_line_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_directive_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_invalid_date] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_organization] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_title] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_date = 1,
  field_due = 2,
  field_end = 3,
  field_flags = 4,
  field_handle = 5,
  field_heading = 6,
  field_id = 7,
  field_key = 8,
  field_kind = 9,
  field_name = 10,
  field_organization = 11,
  field_parties = 12,
  field_rules = 13,
  field_start = 14,
  field_text = 15,
  field_title = 16,
  field_value = 17,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_date] = "date",
  [field_due] = "due",
  [field_end] = "end",
  [field_flags] = "flags",
  [field_handle] = "handle",
  [field_heading] = "heading",
  [field_id] = "id",
  [field_key] = "key",
  [field_kind] = "kind",
  [field_name] = "name",
  [field_organization] = "organization",
  [field_parties] = "parties",
  [field_rules] = "rules",
  [field_start] = "start",
  [field_text] = "text",
  [field_title] = "title",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 2},
  [5] = {.index = 5, .length = 2},
  [6] = {.index = 7, .length = 1},
  [7] = {.index = 8, .length = 3},
  [8] = {.index = 11, .length = 2},
  [10] = {.index = 13, .length = 1},
  [11] = {.index = 14, .length = 2},
  [12] = {.index = 16, .length = 2},
  [13] = {.index = 18, .length = 2},
  [14] = {.index = 20, .length = 1},
  [15] = {.index = 21, .length = 2},
  [16] = {.index = 23, .length = 2},
  [17] = {.index = 25, .length = 2},
  [18] = {.index = 27, .length = 2},
  [19] = {.index = 29, .length = 2},
  [20] = {.index = 31, .length = 2},
  [21] = {.index = 33, .length = 2},
  [22] = {.index = 35, .length = 3},
  [23] = {.index = 38, .length = 3},
  [24] = {.index = 41, .length = 3},
  [25] = {.index = 44, .length = 3},
  [26] = {.index = 47, .length = 3},
  [27] = {.index = 50, .length = 3},
  [28] = {.index = 53, .length = 3},
  [29] = {.index = 56, .length = 3},
  [30] = {.index = 59, .length = 3},
  [31] = {.index = 62, .length = 4},
  [32] = {.index = 66, .length = 4},
  [33] = {.index = 70, .length = 3},
  [34] = {.index = 73, .length = 3},
  [35] = {.index = 76, .length = 4},
  [36] = {.index = 80, .length = 1},
  [37] = {.index = 81, .length = 4},
  [38] = {.index = 85, .length = 4},
  [39] = {.index = 89, .length = 4},
  [40] = {.index = 93, .length = 5},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_kind, 1},
  [1] =
    {field_title, 1},
  [2] =
    {field_heading, 1},
  [3] =
    {field_kind, 1},
    {field_rules, 2},
  [5] =
    {field_heading, 1},
    {field_id, 2},
  [7] =
    {field_rules, 1},
  [8] =
    {field_kind, 1},
    {field_rules, 2},
    {field_rules, 3, .inherited = true},
  [11] =
    {field_rules, 0, .inherited = true},
    {field_rules, 1, .inherited = true},
  [13] =
    {field_name, 1},
  [14] =
    {field_key, 0},
    {field_value, 1},
  [16] =
    {field_end, 2},
    {field_start, 0},
  [18] =
    {field_flags, 2},
    {field_name, 1},
  [20] =
    {field_parties, 1},
  [21] =
    {field_parties, 0, .inherited = true},
    {field_parties, 1, .inherited = true},
  [23] =
    {field_name, 1},
    {field_title, 3},
  [25] =
    {field_flags, 3},
    {field_name, 1},
  [27] =
    {field_handle, 1},
    {field_name, 3},
  [29] =
    {field_parties, 1},
    {field_text, 3},
  [31] =
    {field_name, 1},
    {field_organization, 4},
  [33] =
    {field_flags, 4},
    {field_name, 1},
  [35] =
    {field_flags, 4},
    {field_name, 1},
    {field_title, 3},
  [38] =
    {field_flags, 4},
    {field_handle, 1},
    {field_name, 3},
  [41] =
    {field_due, 4},
    {field_parties, 1},
    {field_text, 3},
  [44] =
    {field_parties, 1},
    {field_parties, 2, .inherited = true},
    {field_text, 4},
  [47] =
    {field_flags, 5},
    {field_name, 1},
    {field_organization, 4},
  [50] =
    {field_name, 1},
    {field_organization, 5},
    {field_title, 3},
  [53] =
    {field_flags, 5},
    {field_name, 1},
    {field_title, 3},
  [56] =
    {field_handle, 1},
    {field_name, 3},
    {field_title, 5},
  [59] =
    {field_flags, 5},
    {field_handle, 1},
    {field_name, 3},
  [62] =
    {field_due, 5},
    {field_parties, 1},
    {field_parties, 2, .inherited = true},
    {field_text, 4},
  [66] =
    {field_flags, 6},
    {field_name, 1},
    {field_organization, 5},
    {field_title, 3},
  [70] =
    {field_handle, 1},
    {field_name, 3},
    {field_organization, 6},
  [73] =
    {field_flags, 6},
    {field_handle, 1},
    {field_name, 3},
  [76] =
    {field_flags, 6},
    {field_handle, 1},
    {field_name, 3},
    {field_title, 5},
  [80] =
    {field_date, 2},
  [81] =
    {field_flags, 7},
    {field_handle, 1},
    {field_name, 3},
    {field_organization, 6},
  [85] =
    {field_handle, 1},
    {field_name, 3},
    {field_organization, 7},
    {field_title, 5},
  [89] =
    {field_flags, 7},
    {field_handle, 1},
    {field_name, 3},
    {field_title, 5},
  [93] =
    {field_flags, 8},
    {field_handle, 1},
    {field_name, 3},
    {field_organization, 7},
    {field_title, 5},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [2] = {
    [1] = alias_sym_title,
  },
  [9] = {
    [0] = alias_sym_invalid_date,
  },
  [16] = {
    [3] = alias_sym_title,
  },
  [20] = {
    [4] = alias_sym_organization,
  },
  [22] = {
    [3] = alias_sym_title,
  },
  [26] = {
    [4] = alias_sym_organization,
  },
  [27] = {
    [3] = alias_sym_title,
    [5] = alias_sym_organization,
  },
  [28] = {
    [3] = alias_sym_title,
  },
  [29] = {
    [5] = alias_sym_title,
  },
  [32] = {
    [3] = alias_sym_title,
    [5] = alias_sym_organization,
  },
  [33] = {
    [6] = alias_sym_organization,
  },
  [35] = {
    [5] = alias_sym_title,
  },
  [37] = {
    [6] = alias_sym_organization,
  },
  [38] = {
    [5] = alias_sym_title,
    [7] = alias_sym_organization,
  },
  [39] = {
    [5] = alias_sym_title,
  },
  [40] = {
    [5] = alias_sym_title,
    [7] = alias_sym_organization,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 29,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 39,
  [48] = 38,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 32,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 32,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 170,
  [201] = 201,
  [202] = 179,
  [203] = 148,
  [204] = 164,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
};

static TSCharacterRange aux_sym_meeting_id_token1_character_set_1[] = {
  {'-', '.'}, {'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0xaa, 0xaa}, {0xb2, 0xb3}, {0xb5, 0xb5},
  {0xb9, 0xba}, {0xbc, 0xbe}, {0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2c1}, {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec},
  {0x2ee, 0x2ee}, {0x370, 0x374}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f}, {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c},
  {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5d0, 0x5ea},
  {0x5ef, 0x5f2}, {0x620, 0x64a}, {0x660, 0x669}, {0x66e, 0x66f}, {0x671, 0x6d3}, {0x6d5, 0x6d5}, {0x6e5, 0x6e6}, {0x6ee, 0x6fc},
  {0x6ff, 0x6ff}, {0x710, 0x710}, {0x712, 0x72f}, {0x74d, 0x7a5}, {0x7b1, 0x7b1}, {0x7c0, 0x7ea}, {0x7f4, 0x7f5}, {0x7fa, 0x7fa},
  {0x800, 0x815}, {0x81a, 0x81a}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858}, {0x860, 0x86a}, {0x870, 0x887}, {0x889, 0x88e},
  {0x8a0, 0x8c9}, {0x904, 0x939}, {0x93d, 0x93d}, {0x950, 0x950}, {0x958, 0x961}, {0x966, 0x96f}, {0x971, 0x980}, {0x985, 0x98c},
  {0x98f, 0x990}, {0x993, 0x9a8}, {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bd, 0x9bd}, {0x9ce, 0x9ce}, {0x9dc, 0x9dd},
  {0x9df, 0x9e1}, {0x9e6, 0x9f1}, {0x9f4, 0x9f9}, {0x9fc, 0x9fc}, {0xa05, 0xa0a}, {0xa0f, 0xa10}, {0xa13, 0xa28}, {0xa2a, 0xa30},
  {0xa32, 0xa33}, {0xa35, 0xa36}, {0xa38, 0xa39}, {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa66, 0xa6f}, {0xa72, 0xa74}, {0xa85, 0xa8d},
  {0xa8f, 0xa91}, {0xa93, 0xaa8}, {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabd, 0xabd}, {0xad0, 0xad0}, {0xae0, 0xae1},
  {0xae6, 0xaef}, {0xaf9, 0xaf9}, {0xb05, 0xb0c}, {0xb0f, 0xb10}, {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39},
  {0xb3d, 0xb3d}, {0xb5c, 0xb5d}, {0xb5f, 0xb61}, {0xb66, 0xb6f}, {0xb71, 0xb77}, {0xb83, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90},
  {0xb92, 0xb95}, {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f}, {0xba3, 0xba4}, {0xba8, 0xbaa}, {0xbae, 0xbb9}, {0xbd0, 0xbd0},
  {0xbe6, 0xbf2}, {0xc05, 0xc0c}, {0xc0e, 0xc10}, {0xc12, 0xc28}, {0xc2a, 0xc39}, {0xc3d, 0xc3d}, {0xc58, 0xc5a}, {0xc5d, 0xc5d},
  {0xc60, 0xc61}, {0xc66, 0xc6f}, {0xc78, 0xc7e}, {0xc80, 0xc80}, {0xc85, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8}, {0xcaa, 0xcb3},
  {0xcb5, 0xcb9}, {0xcbd, 0xcbd}, {0xcdd, 0xcde}, {0xce0, 0xce1}, {0xce6, 0xcef}, {0xcf1, 0xcf2}, {0xd04, 0xd0c}, {0xd0e, 0xd10},
  {0xd12, 0xd3a}, {0xd3d, 0xd3d}, {0xd4e, 0xd4e}, {0xd54, 0xd56}, {0xd58, 0xd61}, {0xd66, 0xd78}, {0xd7a, 0xd7f}, {0xd85, 0xd96},
  {0xd9a, 0xdb1}, {0xdb3, 0xdbb}, {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xde6, 0xdef}, {0xe01, 0xe30}, {0xe32, 0xe33}, {0xe40, 0xe46},
  {0xe50, 0xe59}, {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a}, {0xe8c, 0xea3}, {0xea5, 0xea5}, {0xea7, 0xeb0}, {0xeb2, 0xeb3},
  {0xebd, 0xebd}, {0xec0, 0xec4}, {0xec6, 0xec6}, {0xed0, 0xed9}, {0xedc, 0xedf}, {0xf00, 0xf00}, {0xf20, 0xf33}, {0xf40, 0xf47},
  {0xf49, 0xf6c}, {0xf88, 0xf8c}, {0x1000, 0x102a}, {0x103f, 0x1049}, {0x1050, 0x1055}, {0x105a, 0x105d}, {0x1061, 0x1061}, {0x1065, 0x1066},
  {0x106e, 0x1070}, {0x1075, 0x1081}, {0x108e, 0x108e}, {0x1090, 0x1099}, {0x10a0, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x10fa},
  {0x10fc, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0},
  {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a},
  {0x1369, 0x137c}, {0x1380, 0x138f}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1401, 0x166c}, {0x166f, 0x167f}, {0x1681, 0x169a}, {0x16a0, 0x16ea},
  {0x16ee, 0x16f8}, {0x1700, 0x1711}, {0x171f, 0x1731}, {0x1740, 0x1751}, {0x1760, 0x176c}, {0x176e, 0x1770}, {0x1780, 0x17b3}, {0x17d7, 0x17d7},
  {0x17dc, 0x17dc}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9}, {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18a8}, {0x18aa, 0x18aa},
  {0x18b0, 0x18f5}, {0x1900, 0x191e}, {0x1946, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x1a00, 0x1a16},
  {0x1a20, 0x1a54}, {0x1a80, 0x1a89}, {0x1a90, 0x1a99}, {0x1aa7, 0x1aa7}, {0x1b05, 0x1b33}, {0x1b45, 0x1b4c}, {0x1b50, 0x1b59}, {0x1b83, 0x1ba0},
  {0x1bae, 0x1be5}, {0x1c00, 0x1c23}, {0x1c40, 0x1c49}, {0x1c4d, 0x1c7d}, {0x1c80, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cbf}, {0x1ce9, 0x1cec},
  {0x1cee, 0x1cf3}, {0x1cf5, 0x1cf6}, {0x1cfa, 0x1cfa}, {0x1d00, 0x1dbf}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d},
  {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe},
  {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc}, {0x2070, 0x2071},
  {0x2074, 0x2079}, {0x207f, 0x2089}, {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211d},
  {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e},
  {0x2150, 0x2189}, {0x2460, 0x249b}, {0x24ea, 0x24ff}, {0x2776, 0x2793}, {0x2c00, 0x2ce4}, {0x2ceb, 0x2cee}, {0x2cf2, 0x2cf3}, {0x2cfd, 0x2cfd},
  {0x2d00, 0x2d25}, {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67}, {0x2d6f, 0x2d6f}, {0x2d80, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae},
  {0x2db0, 0x2db6}, {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6}, {0x2dd8, 0x2dde}, {0x2e2f, 0x2e2f}, {0x3005, 0x3007},
  {0x3021, 0x3029}, {0x3031, 0x3035}, {0x3038, 0x303c}, {0x3041, 0x3096}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff}, {0x3105, 0x312f},
  {0x3131, 0x318e}, {0x3192, 0x3195}, {0x31a0, 0x31bf}, {0x31f0, 0x31ff}, {0x3220, 0x3229}, {0x3248, 0x324f}, {0x3251, 0x325f}, {0x3280, 0x3289},
  {0x32b1, 0x32bf}, {0x3400, 0x3400}, {0x4dbf, 0x4dbf}, {0x4e00, 0x4e00}, {0x9fff, 0xa48c}, {0xa4d0, 0xa4fd}, {0xa500, 0xa60c}, {0xa610, 0xa62b},
  {0xa640, 0xa66e}, {0xa67f, 0xa69d}, {0xa6a0, 0xa6ef}, {0xa717, 0xa71f}, {0xa722, 0xa788}, {0xa78b, 0xa7ca}, {0xa7d0, 0xa7d1}, {0xa7d3, 0xa7d3},
  {0xa7d5, 0xa7d9}, {0xa7f2, 0xa801}, {0xa803, 0xa805}, {0xa807, 0xa80a}, {0xa80c, 0xa822}, {0xa830, 0xa835}, {0xa840, 0xa873}, {0xa882, 0xa8b3},
  {0xa8d0, 0xa8d9}, {0xa8f2, 0xa8f7}, {0xa8fb, 0xa8fb}, {0xa8fd, 0xa8fe}, {0xa900, 0xa925}, {0xa930, 0xa946}, {0xa960, 0xa97c}, {0xa984, 0xa9b2},
  {0xa9cf, 0xa9d9}, {0xa9e0, 0xa9e4}, {0xa9e6, 0xa9fe}, {0xaa00, 0xaa28}, {0xaa40, 0xaa42}, {0xaa44, 0xaa4b}, {0xaa50, 0xaa59}, {0xaa60, 0xaa76},
  {0xaa7a, 0xaa7a}, {0xaa7e, 0xaaaf}, {0xaab1, 0xaab1}, {0xaab5, 0xaab6}, {0xaab9, 0xaabd}, {0xaac0, 0xaac0}, {0xaac2, 0xaac2}, {0xaadb, 0xaadd},
  {0xaae0, 0xaaea}, {0xaaf2, 0xaaf4}, {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e}, {0xab30, 0xab5a},
  {0xab5c, 0xab69}, {0xab70, 0xabe2}, {0xabf0, 0xabf9}, {0xac00, 0xac00}, {0xd7a3, 0xd7a3}, {0xd7b0, 0xd7c6}, {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d},
  {0xfa70, 0xfad9}, {0xfb00, 0xfb06}, {0xfb13, 0xfb17}, {0xfb1d, 0xfb1d}, {0xfb1f, 0xfb28}, {0xfb2a, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e},
  {0xfb40, 0xfb41}, {0xfb43, 0xfb44}, {0xfb46, 0xfbb1}, {0xfbd3, 0xfd3d}, {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfb}, {0xfe70, 0xfe74},
  {0xfe76, 0xfefc}, {0xff10, 0xff19}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7},
  {0xffda, 0xffdc}, {0x10000, 0x1000b}, {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d}, {0x10080, 0x100fa},
  {0x10107, 0x10133}, {0x10140, 0x10178}, {0x1018a, 0x1018b}, {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e1, 0x102fb}, {0x10300, 0x10323}, {0x1032d, 0x1034a},
  {0x10350, 0x10375}, {0x10380, 0x1039d}, {0x103a0, 0x103c3}, {0x103c8, 0x103cf}, {0x103d1, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3},
  {0x104d8, 0x104fb}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057a}, {0x1057c, 0x1058a}, {0x1058c, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105a1},
  {0x105a3, 0x105b1}, {0x105b3, 0x105b9}, {0x105bb, 0x105bc}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107b0},
  {0x107b2, 0x107ba}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10858, 0x10876},
  {0x10879, 0x1089e}, {0x108a7, 0x108af}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x108fb, 0x1091b}, {0x10920, 0x1092b},
};

static TSCharacterRange sym_handle_character_set_1[] = {
  {'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0xaa, 0xaa}, {0xb2, 0xb3}, {0xb5, 0xb5}, {0xb9, 0xba},
  {0xbc, 0xbe}, {0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2c1}, {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec}, {0x2ee, 0x2ee},
  {0x370, 0x374}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f}, {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1},
  {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5d0, 0x5ea}, {0x5ef, 0x5f2},
  {0x620, 0x64a}, {0x660, 0x669}, {0x66e, 0x66f}, {0x671, 0x6d3}, {0x6d5, 0x6d5}, {0x6e5, 0x6e6}, {0x6ee, 0x6fc}, {0x6ff, 0x6ff},
  {0x710, 0x710}, {0x712, 0x72f}, {0x74d, 0x7a5}, {0x7b1, 0x7b1}, {0x7c0, 0x7ea}, {0x7f4, 0x7f5}, {0x7fa, 0x7fa}, {0x800, 0x815},
  {0x81a, 0x81a}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858}, {0x860, 0x86a}, {0x870, 0x887}, {0x889, 0x88e}, {0x8a0, 0x8c9},
  {0x904, 0x939}, {0x93d, 0x93d}, {0x950, 0x950}, {0x958, 0x961}, {0x966, 0x96f}, {0x971, 0x980}, {0x985, 0x98c}, {0x98f, 0x990},
  {0x993, 0x9a8}, {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bd, 0x9bd}, {0x9ce, 0x9ce}, {0x9dc, 0x9dd}, {0x9df, 0x9e1},
  {0x9e6, 0x9f1}, {0x9f4, 0x9f9}, {0x9fc, 0x9fc}, {0xa05, 0xa0a}, {0xa0f, 0xa10}, {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33},
  {0xa35, 0xa36}, {0xa38, 0xa39}, {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa66, 0xa6f}, {0xa72, 0xa74}, {0xa85, 0xa8d}, {0xa8f, 0xa91},
  {0xa93, 0xaa8}, {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabd, 0xabd}, {0xad0, 0xad0}, {0xae0, 0xae1}, {0xae6, 0xaef},
  {0xaf9, 0xaf9}, {0xb05, 0xb0c}, {0xb0f, 0xb10}, {0xb13, 0xb28}, {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39}, {0xb3d, 0xb3d},
  {0xb5c, 0xb5d}, {0xb5f, 0xb61}, {0xb66, 0xb6f}, {0xb71, 0xb77}, {0xb83, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95},
  {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f}, {0xba3, 0xba4}, {0xba8, 0xbaa}, {0xbae, 0xbb9}, {0xbd0, 0xbd0}, {0xbe6, 0xbf2},
  {0xc05, 0xc0c}, {0xc0e, 0xc10}, {0xc12, 0xc28}, {0xc2a, 0xc39}, {0xc3d, 0xc3d}, {0xc58, 0xc5a}, {0xc5d, 0xc5d}, {0xc60, 0xc61},
  {0xc66, 0xc6f}, {0xc78, 0xc7e}, {0xc80, 0xc80}, {0xc85, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8}, {0xcaa, 0xcb3}, {0xcb5, 0xcb9},
  {0xcbd, 0xcbd}, {0xcdd, 0xcde}, {0xce0, 0xce1}, {0xce6, 0xcef}, {0xcf1, 0xcf2}, {0xd04, 0xd0c}, {0xd0e, 0xd10}, {0xd12, 0xd3a},
  {0xd3d, 0xd3d}, {0xd4e, 0xd4e}, {0xd54, 0xd56}, {0xd58, 0xd61}, {0xd66, 0xd78}, {0xd7a, 0xd7f}, {0xd85, 0xd96}, {0xd9a, 0xdb1},
  {0xdb3, 0xdbb}, {0xdbd, 0xdbd}, {0xdc0, 0xdc6}, {0xde6, 0xdef}, {0xe01, 0xe30}, {0xe32, 0xe33}, {0xe40, 0xe46}, {0xe50, 0xe59},
  {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a}, {0xe8c, 0xea3}, {0xea5, 0xea5}, {0xea7, 0xeb0}, {0xeb2, 0xeb3}, {0xebd, 0xebd},
  {0xec0, 0xec4}, {0xec6, 0xec6}, {0xed0, 0xed9}, {0xedc, 0xedf}, {0xf00, 0xf00}, {0xf20, 0xf33}, {0xf40, 0xf47}, {0xf49, 0xf6c},
  {0xf88, 0xf8c}, {0x1000, 0x102a}, {0x103f, 0x1049}, {0x1050, 0x1055}, {0x105a, 0x105d}, {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106e, 0x1070},
  {0x1075, 0x1081}, {0x108e, 0x108e}, {0x1090, 0x1099}, {0x10a0, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd}, {0x10d0, 0x10fa}, {0x10fc, 0x1248},
  {0x124a, 0x124d}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125a, 0x125d}, {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0}, {0x12b2, 0x12b5},
  {0x12b8, 0x12be}, {0x12c0, 0x12c0}, {0x12c2, 0x12c5}, {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a}, {0x1369, 0x137c},
  {0x1380, 0x138f}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1401, 0x166c}, {0x166f, 0x167f}, {0x1681, 0x169a}, {0x16a0, 0x16ea}, {0x16ee, 0x16f8},
  {0x1700, 0x1711}, {0x171f, 0x1731}, {0x1740, 0x1751}, {0x1760, 0x176c}, {0x176e, 0x1770}, {0x1780, 0x17b3}, {0x17d7, 0x17d7}, {0x17dc, 0x17dc},
  {0x17e0, 0x17e9}, {0x17f0, 0x17f9}, {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18a8}, {0x18aa, 0x18aa}, {0x18b0, 0x18f5},
  {0x1900, 0x191e}, {0x1946, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x19d0, 0x19da}, {0x1a00, 0x1a16}, {0x1a20, 0x1a54},
  {0x1a80, 0x1a89}, {0x1a90, 0x1a99}, {0x1aa7, 0x1aa7}, {0x1b05, 0x1b33}, {0x1b45, 0x1b4c}, {0x1b50, 0x1b59}, {0x1b83, 0x1ba0}, {0x1bae, 0x1be5},
  {0x1c00, 0x1c23}, {0x1c40, 0x1c49}, {0x1c4d, 0x1c7d}, {0x1c80, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cbf}, {0x1ce9, 0x1cec}, {0x1cee, 0x1cf3},
  {0x1cf5, 0x1cf6}, {0x1cfa, 0x1cfa}, {0x1d00, 0x1dbf}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d}, {0x1f50, 0x1f57},
  {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4},
  {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc}, {0x2070, 0x2071}, {0x2074, 0x2079},
  {0x207f, 0x2089}, {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124},
  {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e}, {0x2150, 0x2189},
  {0x2460, 0x249b}, {0x24ea, 0x24ff}, {0x2776, 0x2793}, {0x2c00, 0x2ce4}, {0x2ceb, 0x2cee}, {0x2cf2, 0x2cf3}, {0x2cfd, 0x2cfd}, {0x2d00, 0x2d25},
  {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67}, {0x2d6f, 0x2d6f}, {0x2d80, 0x2d96}, {0x2da0, 0x2da6}, {0x2da8, 0x2dae}, {0x2db0, 0x2db6},
  {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6}, {0x2dd8, 0x2dde}, {0x2e2f, 0x2e2f}, {0x3005, 0x3007}, {0x3021, 0x3029},
  {0x3031, 0x3035}, {0x3038, 0x303c}, {0x3041, 0x3096}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff}, {0x3105, 0x312f}, {0x3131, 0x318e},
  {0x3192, 0x3195}, {0x31a0, 0x31bf}, {0x31f0, 0x31ff}, {0x3220, 0x3229}, {0x3248, 0x324f}, {0x3251, 0x325f}, {0x3280, 0x3289}, {0x32b1, 0x32bf},
  {0x3400, 0x3400}, {0x4dbf, 0x4dbf}, {0x4e00, 0x4e00}, {0x9fff, 0xa48c}, {0xa4d0, 0xa4fd}, {0xa500, 0xa60c}, {0xa610, 0xa62b}, {0xa640, 0xa66e},
  {0xa67f, 0xa69d}, {0xa6a0, 0xa6ef}, {0xa717, 0xa71f}, {0xa722, 0xa788}, {0xa78b, 0xa7ca}, {0xa7d0, 0xa7d1}, {0xa7d3, 0xa7d3}, {0xa7d5, 0xa7d9},
  {0xa7f2, 0xa801}, {0xa803, 0xa805}, {0xa807, 0xa80a}, {0xa80c, 0xa822}, {0xa830, 0xa835}, {0xa840, 0xa873}, {0xa882, 0xa8b3}, {0xa8d0, 0xa8d9},
  {0xa8f2, 0xa8f7}, {0xa8fb, 0xa8fb}, {0xa8fd, 0xa8fe}, {0xa900, 0xa925}, {0xa930, 0xa946}, {0xa960, 0xa97c}, {0xa984, 0xa9b2}, {0xa9cf, 0xa9d9},
  {0xa9e0, 0xa9e4}, {0xa9e6, 0xa9fe}, {0xaa00, 0xaa28}, {0xaa40, 0xaa42}, {0xaa44, 0xaa4b}, {0xaa50, 0xaa59}, {0xaa60, 0xaa76}, {0xaa7a, 0xaa7a},
  {0xaa7e, 0xaaaf}, {0xaab1, 0xaab1}, {0xaab5, 0xaab6}, {0xaab9, 0xaabd}, {0xaac0, 0xaac0}, {0xaac2, 0xaac2}, {0xaadb, 0xaadd}, {0xaae0, 0xaaea},
  {0xaaf2, 0xaaf4}, {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16}, {0xab20, 0xab26}, {0xab28, 0xab2e}, {0xab30, 0xab5a}, {0xab5c, 0xab69},
  {0xab70, 0xabe2}, {0xabf0, 0xabf9}, {0xac00, 0xac00}, {0xd7a3, 0xd7a3}, {0xd7b0, 0xd7c6}, {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9},
  {0xfb00, 0xfb06}, {0xfb13, 0xfb17}, {0xfb1d, 0xfb1d}, {0xfb1f, 0xfb28}, {0xfb2a, 0xfb36}, {0xfb38, 0xfb3c}, {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41},
  {0xfb43, 0xfb44}, {0xfb46, 0xfbb1}, {0xfbd3, 0xfd3d}, {0xfd50, 0xfd8f}, {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfb}, {0xfe70, 0xfe74}, {0xfe76, 0xfefc},
  {0xff10, 0xff19}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7}, {0xffda, 0xffdc},
  {0x10000, 0x1000b}, {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d}, {0x10080, 0x100fa}, {0x10107, 0x10133},
  {0x10140, 0x10178}, {0x1018a, 0x1018b}, {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x102e1, 0x102fb}, {0x10300, 0x10323}, {0x1032d, 0x1034a}, {0x10350, 0x10375},
  {0x10380, 0x1039d}, {0x103a0, 0x103c3}, {0x103c8, 0x103cf}, {0x103d1, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
  {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057a}, {0x1057c, 0x1058a}, {0x1058c, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105a1}, {0x105a3, 0x105b1},
  {0x105b3, 0x105b9}, {0x105bb, 0x105bc}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107b0}, {0x107b2, 0x107ba},
  {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10858, 0x10876}, {0x10879, 0x1089e},
  {0x108a7, 0x108af}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x108fb, 0x1091b}, {0x10920, 0x1092b},
};

static TSCharacterRange sym__party_name_character_set_1[] = {
  {0, '\t'}, {0x0b, '\f'}, {0x0e, ' '}, {'"', '+'}, {'-', '9'}, {';', '?'}, {'A', 'Z'}, {'\\', '\\'},
  {'^', 0x10ffff},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(203);
      ADVANCE_MAP(
        '#', 18,
        ',', 342,
        '-', 337,
        '.', 24,
        ':', 335,
        '<', 1,
        '@', 196,
        'A', 80,
        'C', 74,
        'D', 164,
        'P', 57,
        '[', 341,
        ']', 343,
        'a', 117,
        'c', 138,
        'd', 109,
        'e', 129,
        'p', 90,
        't', 137,
        '{', 15,
        '|', 336,
        '}', 234,
        0x2013, 221,
        0x2014, 222,
        'K', 173,
        'k', 173,
        'S', 177,
        's', 177,
      );
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(195);
      END_STATE();
    case 1:
      if (lookahead == '!') ADVANCE(22);
      END_STATE();
    case 2:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 3:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 4:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 5:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 6:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 7:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 8:
      if (lookahead == '!') ADVANCE(22);
      if (((!eof && set_contains(sym__party_name_character_set_1, 9, lookahead))) &&
          lookahead != '\t' &&
          lookahead != 0x0b &&
          lookahead != '\f' &&
          lookahead != ' ') ADVANCE(356);
      END_STATE();
    case 9:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 10:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 11:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 12:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 13:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!') ADVANCE(230);
      END_STATE();
    case 14:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 15:
      if (lookahead == '#') ADVANCE(232);
      END_STATE();
    case 16:
      if (lookahead == '#') ADVANCE(162);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(231);
      END_STATE();
    case 17:
      if (lookahead == '#') ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == '#') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(204);
      END_STATE();
    case 19:
      if (lookahead == ',') ADVANCE(342);
      if (lookahead == '-') ADVANCE(21);
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(427);
      END_STATE();
    case 20:
      if (lookahead == '-') ADVANCE(416);
      END_STATE();
    case 21:
      if (lookahead == '-') ADVANCE(56);
      END_STATE();
    case 22:
      if (lookahead == '-') ADVANCE(20);
      END_STATE();
    case 23:
      if (lookahead == '-') ADVANCE(120);
      END_STATE();
    case 24:
      if (lookahead == '.') ADVANCE(220);
      END_STATE();
    case 25:
      if (lookahead == ':') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(25);
      END_STATE();
    case 26:
      if (lookahead == ':') ADVANCE(206);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(25);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(174);
      END_STATE();
    case 27:
      if (lookahead == ':') ADVANCE(208);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(27);
      END_STATE();
    case 28:
      if (lookahead == ':') ADVANCE(207);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(28);
      END_STATE();
    case 29:
      if (lookahead == ':') ADVANCE(210);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(29);
      END_STATE();
    case 30:
      if (lookahead == ':') ADVANCE(209);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(30);
      END_STATE();
    case 31:
      if (lookahead == ':') ADVANCE(205);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 32:
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(32);
      if (set_contains(aux_sym_meeting_id_token1_character_set_1, 478, lookahead)) ADVANCE(233);
      END_STATE();
    case 33:
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(380);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '<', 12,
        'A', 258,
        'C', 252,
        'P', 235,
        'a', 317,
        'c', 297,
        'p', 266,
        0xfeff, 320,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(34);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 35:
      if (lookahead == '<') ADVANCE(12);
      if (lookahead == 0xfeff) ADVANCE(321);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(35);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 36:
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 37:
      ADVANCE_MAP(
        '<', 2,
        'A', 258,
        'C', 252,
        'P', 235,
        'a', 317,
        'c', 297,
        'p', 266,
        0xfeff, 320,
        '\t', 37,
        ' ', 37,
        0x0b, 36,
        '\f', 36,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 38:
      if (lookahead == '<') ADVANCE(2);
      if (lookahead == 0xfeff) ADVANCE(321);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 39:
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == '[') ADVANCE(341);
      if (lookahead == '|') ADVANCE(336);
      if (lookahead == 0xfeff) ADVANCE(338);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(339);
      END_STATE();
    case 40:
      ADVANCE_MAP(
        '<', 3,
        '@', 196,
        '[', 341,
        '|', 336,
        0xfeff, 338,
        '\t', 40,
        ' ', 40,
        0x0b, 41,
        '\f', 41,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(339);
      END_STATE();
    case 41:
      if (lookahead == '<') ADVANCE(186);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 42:
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == 'a') ADVANCE(355);
      if (lookahead == 0xfeff) ADVANCE(357);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 43:
      if (lookahead == '<') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 44:
      if (lookahead == '<') ADVANCE(4);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == 'a') ADVANCE(355);
      if (lookahead == 0xfeff) ADVANCE(357);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(44);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 45:
      if (lookahead == '<') ADVANCE(13);
      if (lookahead == 0xfeff) ADVANCE(223);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(45);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 46:
      if (lookahead == '<') ADVANCE(13);
      if (lookahead == 0xfeff) ADVANCE(224);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(46);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 47:
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(223);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 48:
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(224);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 49:
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 50:
      if (lookahead == '<') ADVANCE(11);
      if (lookahead == 0xfeff) ADVANCE(358);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 51:
      if (lookahead == '<') ADVANCE(6);
      if (lookahead == 0xfeff) ADVANCE(358);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 52:
      if (lookahead == '<') ADVANCE(189);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 53:
      if (lookahead == '<') ADVANCE(10);
      if (lookahead == 0xfeff) ADVANCE(344);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 54:
      if (lookahead == '<') ADVANCE(7);
      if (lookahead == 0xfeff) ADVANCE(344);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 55:
      if (lookahead == '<') ADVANCE(190);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 56:
      if (lookahead == '>') ADVANCE(424);
      END_STATE();
    case 57:
      if (lookahead == 'A') ADVANCE(76);
      if (lookahead == 'a') ADVANCE(141);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(163);
      END_STATE();
    case 58:
      if (lookahead == 'A') ADVANCE(73);
      END_STATE();
    case 59:
      if (lookahead == 'C') ADVANCE(66);
      END_STATE();
    case 60:
      if (lookahead == 'D') ADVANCE(64);
      END_STATE();
    case 61:
      if (lookahead == 'E') ADVANCE(71);
      END_STATE();
    case 62:
      if (lookahead == 'E') ADVANCE(77);
      END_STATE();
    case 63:
      if (lookahead == 'E') ADVANCE(72);
      END_STATE();
    case 64:
      if (lookahead == 'E') ADVANCE(62);
      END_STATE();
    case 65:
      if (lookahead == 'I') ADVANCE(59);
      END_STATE();
    case 66:
      if (lookahead == 'I') ADVANCE(75);
      END_STATE();
    case 67:
      if (lookahead == 'I') ADVANCE(84);
      END_STATE();
    case 68:
      if (lookahead == 'M') ADVANCE(67);
      END_STATE();
    case 69:
      if (lookahead == 'M') ADVANCE(68);
      END_STATE();
    case 70:
      if (lookahead == 'M') ADVANCE(63);
      END_STATE();
    case 71:
      if (lookahead == 'N') ADVANCE(60);
      END_STATE();
    case 72:
      if (lookahead == 'N') ADVANCE(83);
      END_STATE();
    case 73:
      if (lookahead == 'N') ADVANCE(85);
      END_STATE();
    case 74:
      if (lookahead == 'O') ADVANCE(69);
      if (lookahead == 'o') ADVANCE(124);
      END_STATE();
    case 75:
      if (lookahead == 'P') ADVANCE(58);
      END_STATE();
    case 76:
      if (lookahead == 'R') ADVANCE(82);
      END_STATE();
    case 77:
      if (lookahead == 'S') ADVANCE(327);
      END_STATE();
    case 78:
      if (lookahead == 'S') ADVANCE(350);
      END_STATE();
    case 79:
      if (lookahead == 'S') ADVANCE(333);
      END_STATE();
    case 80:
      if (lookahead == 'T') ADVANCE(81);
      if (lookahead == 't') ADVANCE(150);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(181);
      END_STATE();
    case 81:
      if (lookahead == 'T') ADVANCE(61);
      END_STATE();
    case 82:
      if (lookahead == 'T') ADVANCE(65);
      END_STATE();
    case 83:
      if (lookahead == 'T') ADVANCE(78);
      END_STATE();
    case 84:
      if (lookahead == 'T') ADVANCE(70);
      END_STATE();
    case 85:
      if (lookahead == 'T') ADVANCE(79);
      END_STATE();
    case 86:
      if (lookahead == 'a') ADVANCE(91);
      END_STATE();
    case 87:
      if (lookahead == 'a') ADVANCE(92);
      END_STATE();
    case 88:
      if (lookahead == 'a') ADVANCE(134);
      END_STATE();
    case 89:
      if (lookahead == 'a') ADVANCE(135);
      END_STATE();
    case 90:
      if (lookahead == 'a') ADVANCE(142);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(163);
      END_STATE();
    case 91:
      if (lookahead == 'b') ADVANCE(119);
      END_STATE();
    case 92:
      if (lookahead == 'b') ADVANCE(122);
      END_STATE();
    case 93:
      if (lookahead == 'c') ADVANCE(111);
      END_STATE();
    case 94:
      if (lookahead == 'c') ADVANCE(114);
      END_STATE();
    case 95:
      if (lookahead == 'd') ADVANCE(105);
      END_STATE();
    case 96:
      if (lookahead == 'd') ADVANCE(106);
      END_STATE();
    case 97:
      if (lookahead == 'e') ADVANCE(360);
      END_STATE();
    case 98:
      if (lookahead == 'e') ADVANCE(425);
      END_STATE();
    case 99:
      if (lookahead == 'e') ADVANCE(426);
      END_STATE();
    case 100:
      if (lookahead == 'e') ADVANCE(161);
      END_STATE();
    case 101:
      if (lookahead == 'e') ADVANCE(130);
      END_STATE();
    case 102:
      if (lookahead == 'e') ADVANCE(143);
      END_STATE();
    case 103:
      if (lookahead == 'e') ADVANCE(132);
      END_STATE();
    case 104:
      if (lookahead == 'e') ADVANCE(144);
      END_STATE();
    case 105:
      if (lookahead == 'e') ADVANCE(102);
      END_STATE();
    case 106:
      if (lookahead == 'e') ADVANCE(104);
      END_STATE();
    case 107:
      if (lookahead == 'e') ADVANCE(136);
      END_STATE();
    case 108:
      if (lookahead == 'e') ADVANCE(133);
      END_STATE();
    case 109:
      if (lookahead == 'i') ADVANCE(149);
      if (lookahead == 'u') ADVANCE(97);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(182);
      END_STATE();
    case 110:
      if (lookahead == 'i') ADVANCE(93);
      END_STATE();
    case 111:
      if (lookahead == 'i') ADVANCE(139);
      END_STATE();
    case 112:
      if (lookahead == 'i') ADVANCE(153);
      END_STATE();
    case 113:
      if (lookahead == 'i') ADVANCE(131);
      END_STATE();
    case 114:
      if (lookahead == 'i') ADVANCE(140);
      END_STATE();
    case 115:
      if (lookahead == 'i') ADVANCE(159);
      END_STATE();
    case 116:
      if (lookahead == 'i') ADVANCE(94);
      END_STATE();
    case 117:
      if (lookahead == 'l') ADVANCE(118);
      if (lookahead == 't') ADVANCE(158);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(181);
      END_STATE();
    case 118:
      if (lookahead == 'l') ADVANCE(352);
      END_STATE();
    case 119:
      if (lookahead == 'l') ADVANCE(98);
      END_STATE();
    case 120:
      if (lookahead == 'l') ADVANCE(113);
      END_STATE();
    case 121:
      if (lookahead == 'l') ADVANCE(113);
      if (lookahead == 'n') ADVANCE(100);
      END_STATE();
    case 122:
      if (lookahead == 'l') ADVANCE(99);
      END_STATE();
    case 123:
      if (lookahead == 'm') ADVANCE(112);
      END_STATE();
    case 124:
      if (lookahead == 'm') ADVANCE(123);
      END_STATE();
    case 125:
      if (lookahead == 'm') ADVANCE(103);
      END_STATE();
    case 126:
      if (lookahead == 'm') ADVANCE(108);
      END_STATE();
    case 127:
      if (lookahead == 'm') ADVANCE(115);
      END_STATE();
    case 128:
      if (lookahead == 'm') ADVANCE(127);
      END_STATE();
    case 129:
      if (lookahead == 'n') ADVANCE(86);
      END_STATE();
    case 130:
      if (lookahead == 'n') ADVANCE(95);
      END_STATE();
    case 131:
      if (lookahead == 'n') ADVANCE(98);
      END_STATE();
    case 132:
      if (lookahead == 'n') ADVANCE(154);
      END_STATE();
    case 133:
      if (lookahead == 'n') ADVANCE(155);
      END_STATE();
    case 134:
      if (lookahead == 'n') ADVANCE(156);
      END_STATE();
    case 135:
      if (lookahead == 'n') ADVANCE(157);
      END_STATE();
    case 136:
      if (lookahead == 'n') ADVANCE(96);
      END_STATE();
    case 137:
      if (lookahead == 'o') ADVANCE(219);
      END_STATE();
    case 138:
      if (lookahead == 'o') ADVANCE(128);
      END_STATE();
    case 139:
      if (lookahead == 'p') ADVANCE(88);
      END_STATE();
    case 140:
      if (lookahead == 'p') ADVANCE(89);
      END_STATE();
    case 141:
      if (lookahead == 'r') ADVANCE(151);
      END_STATE();
    case 142:
      if (lookahead == 'r') ADVANCE(160);
      END_STATE();
    case 143:
      if (lookahead == 's') ADVANCE(323);
      END_STATE();
    case 144:
      if (lookahead == 's') ADVANCE(325);
      END_STATE();
    case 145:
      if (lookahead == 's') ADVANCE(346);
      END_STATE();
    case 146:
      if (lookahead == 's') ADVANCE(348);
      END_STATE();
    case 147:
      if (lookahead == 's') ADVANCE(329);
      END_STATE();
    case 148:
      if (lookahead == 's') ADVANCE(331);
      END_STATE();
    case 149:
      if (lookahead == 's') ADVANCE(87);
      END_STATE();
    case 150:
      if (lookahead == 't') ADVANCE(101);
      END_STATE();
    case 151:
      if (lookahead == 't') ADVANCE(110);
      END_STATE();
    case 152:
      if (lookahead == 't') ADVANCE(23);
      END_STATE();
    case 153:
      if (lookahead == 't') ADVANCE(125);
      END_STATE();
    case 154:
      if (lookahead == 't') ADVANCE(145);
      END_STATE();
    case 155:
      if (lookahead == 't') ADVANCE(146);
      END_STATE();
    case 156:
      if (lookahead == 't') ADVANCE(147);
      END_STATE();
    case 157:
      if (lookahead == 't') ADVANCE(148);
      END_STATE();
    case 158:
      if (lookahead == 't') ADVANCE(107);
      END_STATE();
    case 159:
      if (lookahead == 't') ADVANCE(126);
      END_STATE();
    case 160:
      if (lookahead == 't') ADVANCE(116);
      END_STATE();
    case 161:
      if (lookahead == 'x') ADVANCE(152);
      END_STATE();
    case 162:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(322);
      END_STATE();
    case 163:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(165);
      END_STATE();
    case 164:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(182);
      END_STATE();
    case 165:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(169);
      END_STATE();
    case 166:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(170);
      END_STATE();
    case 167:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(27);
      END_STATE();
    case 168:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(26);
      END_STATE();
    case 169:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(28);
      END_STATE();
    case 170:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(30);
      END_STATE();
    case 171:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(31);
      END_STATE();
    case 172:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(178);
      END_STATE();
    case 173:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(175);
      END_STATE();
    case 174:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(176);
      END_STATE();
    case 175:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(167);
      END_STATE();
    case 176:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(171);
      END_STATE();
    case 177:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(183);
      END_STATE();
    case 178:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(179);
      END_STATE();
    case 179:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(29);
      END_STATE();
    case 180:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(166);
      END_STATE();
    case 181:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(172);
      END_STATE();
    case 182:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(168);
      END_STATE();
    case 183:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(180);
      END_STATE();
    case 184:
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(184);
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(340);
      END_STATE();
    case 185:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 186:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 187:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if ((!eof && set_contains(sym__party_name_character_set_1, 9, lookahead))) ADVANCE(356);
      END_STATE();
    case 188:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!') ADVANCE(230);
      END_STATE();
    case 189:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 190:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 191:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(212);
      END_STATE();
    case 192:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(215);
      END_STATE();
    case 193:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(218);
      END_STATE();
    case 194:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(191);
      END_STATE();
    case 195:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(194);
      END_STATE();
    case 196:
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(340);
      END_STATE();
    case 197:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '!') ADVANCE(409);
      END_STATE();
    case 198:
      if (eof) ADVANCE(203);
      if (lookahead == '#') ADVANCE(366);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(361);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 199:
      if (eof) ADVANCE(203);
      ADVANCE_MAP(
        '#', 367,
        '<', 14,
        '@', 196,
        'A', 408,
        'a', 408,
        'D', 384,
        'd', 384,
        'P', 396,
        'p', 396,
        'S', 400,
        's', 400,
        '\t', 363,
        ' ', 363,
        0xfeff, 363,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 200:
      if (eof) ADVANCE(203);
      ADVANCE_MAP(
        '#', 367,
        '<', 14,
        '@', 196,
        'D', 382,
        'd', 382,
        'K', 394,
        'k', 394,
        'P', 396,
        'p', 396,
        '\t', 364,
        ' ', 364,
        0xfeff, 364,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 201:
      if (eof) ADVANCE(203);
      if (lookahead == '#') ADVANCE(367);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(196);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(365);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 202:
      if (eof) ADVANCE(203);
      if (lookahead == '#') ADVANCE(17);
      if (lookahead == '-') ADVANCE(337);
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(427);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(aux_sym_report_header_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(204);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(aux_sym_dateline_field_token1);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(aux_sym_date_field_token1);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(aux_sym_place_field_token1);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(aux_sym_kind_field_token1);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(aux_sym_source_field_token1);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(aux_sym_author_field_token1);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_date);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(192);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(227);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(193);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(193);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(214);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(225);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(216);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_date);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(211);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(anon_sym_to);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(anon_sym_DOT_DOT);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(anon_sym_u2013);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(anon_sym_u2014);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(223);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(229);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(224);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(48);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(218);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(213);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(217);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(226);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(228);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(188);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(230);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(aux_sym_meeting_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(231);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(anon_sym_LBRACE_POUND);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(aux_sym_meeting_id_token1);
      if (set_contains(aux_sym_meeting_id_token1_character_set_1, 478, lookahead)) ADVANCE(233);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'A') ADVANCE(254);
      if (lookahead == 'a') ADVANCE(300);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'A') ADVANCE(251);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'C') ADVANCE(244);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'D') ADVANCE(242);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'E') ADVANCE(249);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'E') ADVANCE(255);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'E') ADVANCE(250);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'E') ADVANCE(240);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'I') ADVANCE(237);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'I') ADVANCE(253);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'I') ADVANCE(262);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'M') ADVANCE(245);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'M') ADVANCE(246);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'M') ADVANCE(241);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'N') ADVANCE(238);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'N') ADVANCE(261);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'N') ADVANCE(263);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'O') ADVANCE(247);
      if (lookahead == 'o') ADVANCE(286);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'P') ADVANCE(236);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'R') ADVANCE(260);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'S') ADVANCE(328);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'S') ADVANCE(351);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'S') ADVANCE(334);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(259);
      if (lookahead == 't') ADVANCE(308);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(239);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(243);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(256);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(248);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'T') ADVANCE(257);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'a') ADVANCE(294);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'a') ADVANCE(295);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'a') ADVANCE(301);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'c') ADVANCE(280);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'c') ADVANCE(283);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'd') ADVANCE(275);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'd') ADVANCE(276);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(291);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(302);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(292);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(303);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(272);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(274);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(293);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'e') ADVANCE(296);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(267);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(298);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(310);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(315);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(299);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'i') ADVANCE(268);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(281);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(285);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(273);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(277);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(282);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'm') ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(269);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(311);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(312);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(313);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(314);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'n') ADVANCE(270);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'o') ADVANCE(290);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'p') ADVANCE(264);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'p') ADVANCE(265);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'r') ADVANCE(309);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 'r') ADVANCE(318);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(324);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(326);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(347);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(349);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(330);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 's') ADVANCE(332);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(271);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(279);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(287);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(304);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(305);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(306);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(307);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(288);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(278);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(316);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == 't') ADVANCE(284);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym__heading_text);
      ADVANCE_MAP(
        '<', 2,
        'A', 258,
        'C', 252,
        'P', 235,
        'a', 317,
        'c', 297,
        'p', 266,
        0xfeff, 320,
        '\t', 37,
        ' ', 37,
        0x0b, 36,
        '\f', 36,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(2);
      if (lookahead == 0xfeff) ADVANCE(321);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(aux_sym_attendees_section_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(322);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_Attendees);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(anon_sym_Attendees);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(anon_sym_attendees);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(anon_sym_attendees);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(anon_sym_ATTENDEES);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(anon_sym_ATTENDEES);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(anon_sym_Participants);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(anon_sym_Participants);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(anon_sym_participants);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(anon_sym_participants);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(anon_sym_PARTICIPANTS);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(anon_sym_PARTICIPANTS);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym__item);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym__cell);
      if (lookahead == '<') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(338);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym__cell);
      if (lookahead == '<') ADVANCE(186);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(339);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_handle);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(184);
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(340);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_flag);
      if (lookahead == '<') ADVANCE(7);
      if (lookahead == 0xfeff) ADVANCE(344);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_flag);
      if (lookahead == '<') ADVANCE(190);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(55);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(345);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(anon_sym_Commitments);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(anon_sym_Commitments);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(anon_sym_commitments);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(anon_sym_commitments);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(anon_sym_COMMITMENTS);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(anon_sym_COMMITMENTS);
      if (lookahead == '<') ADVANCE(185);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(319);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_all);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_all);
      if (lookahead == '<') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(187);
      if (lookahead == 'l') ADVANCE(353);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(187);
      if (lookahead == 'l') ADVANCE(354);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(187);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(4);
      if (lookahead == 'a') ADVANCE(355);
      if (lookahead == 0xfeff) ADVANCE(357);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(44);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(356);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym__commitment_text);
      if (lookahead == '<') ADVANCE(6);
      if (lookahead == 0xfeff) ADVANCE(358);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym__commitment_text);
      if (lookahead == '<') ADVANCE(189);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(359);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(anon_sym_due);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(366);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(361);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(381);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(231);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_text);
      ADVANCE_MAP(
        '#', 367,
        '<', 14,
        'A', 408,
        'a', 408,
        'D', 384,
        'd', 384,
        'P', 396,
        'p', 396,
        'S', 400,
        's', 400,
        '\t', 363,
        ' ', 363,
        0xfeff, 363,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_text);
      ADVANCE_MAP(
        '#', 367,
        '<', 14,
        'D', 382,
        'd', 382,
        'K', 394,
        'k', 394,
        'P', 396,
        'p', 396,
        '\t', 364,
        ' ', 364,
        0xfeff, 364,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(367);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(365);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(362);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(204);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(362);
      if (lookahead == '<') ADVANCE(197);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(206);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(368);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(206);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(368);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(208);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(370);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(208);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(370);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(207);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(372);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(207);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(372);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(210);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(374);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(210);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(374);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(209);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(376);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(209);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(376);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(205);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(378);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(205);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(378);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(380);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(322);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(404);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(385);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(406);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(390);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(391);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(371);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(369);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(397);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(373);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(377);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(379);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(401);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(398);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(399);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(383);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(395);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(387);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(392);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(407);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(402);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(375);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(386);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(388);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(393);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(389);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(403);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(405);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(409);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(197);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(409);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'a') ADVANCE(413);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'd') ADVANCE(415);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'e') ADVANCE(412);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'o') ADVANCE(418);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'r') ADVANCE(414);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 't') ADVANCE(422);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead == 'u') ADVANCE(417);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(421);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(420);
      if (lookahead == '>') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(419);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(aux_sym_directive_token1);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(anon_sym_DASH_DASH_GT);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym_directive_kind);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym_directive_kind);
      if (lookahead == '-') ADVANCE(121);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym_rule_id);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(427);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 198, .external_lex_state = 1},
  [2] = {.lex_state = 200, .external_lex_state = 1},
  [3] = {.lex_state = 200, .external_lex_state = 1},
  [4] = {.lex_state = 200, .external_lex_state = 1},
  [5] = {.lex_state = 200, .external_lex_state = 1},
  [6] = {.lex_state = 198, .external_lex_state = 1},
  [7] = {.lex_state = 201, .external_lex_state = 1},
  [8] = {.lex_state = 201, .external_lex_state = 1},
  [9] = {.lex_state = 201, .external_lex_state = 1},
  [10] = {.lex_state = 201, .external_lex_state = 1},
  [11] = {.lex_state = 201, .external_lex_state = 1},
  [12] = {.lex_state = 201, .external_lex_state = 1},
  [13] = {.lex_state = 201, .external_lex_state = 1},
  [14] = {.lex_state = 201, .external_lex_state = 1},
  [15] = {.lex_state = 201, .external_lex_state = 1},
  [16] = {.lex_state = 199, .external_lex_state = 1},
  [17] = {.lex_state = 199, .external_lex_state = 1},
  [18] = {.lex_state = 199, .external_lex_state = 1},
  [19] = {.lex_state = 201, .external_lex_state = 1},
  [20] = {.lex_state = 200, .external_lex_state = 1},
  [21] = {.lex_state = 201, .external_lex_state = 1},
  [22] = {.lex_state = 201, .external_lex_state = 1},
  [23] = {.lex_state = 201, .external_lex_state = 1},
  [24] = {.lex_state = 199, .external_lex_state = 1},
  [25] = {.lex_state = 34},
  [26] = {.lex_state = 199, .external_lex_state = 1},
  [27] = {.lex_state = 201, .external_lex_state = 1},
  [28] = {.lex_state = 199, .external_lex_state = 1},
  [29] = {.lex_state = 199, .external_lex_state = 1},
  [30] = {.lex_state = 201, .external_lex_state = 1},
  [31] = {.lex_state = 199, .external_lex_state = 1},
  [32] = {.lex_state = 199, .external_lex_state = 1},
  [33] = {.lex_state = 198, .external_lex_state = 1},
  [34] = {.lex_state = 200, .external_lex_state = 1},
  [35] = {.lex_state = 200, .external_lex_state = 1},
  [36] = {.lex_state = 200, .external_lex_state = 1},
  [37] = {.lex_state = 200, .external_lex_state = 1},
  [38] = {.lex_state = 200, .external_lex_state = 1},
  [39] = {.lex_state = 200, .external_lex_state = 1},
  [40] = {.lex_state = 202, .external_lex_state = 1},
  [41] = {.lex_state = 202, .external_lex_state = 1},
  [42] = {.lex_state = 202, .external_lex_state = 1},
  [43] = {.lex_state = 202, .external_lex_state = 1},
  [44] = {.lex_state = 202, .external_lex_state = 1},
  [45] = {.lex_state = 202, .external_lex_state = 1},
  [46] = {.lex_state = 198, .external_lex_state = 1},
  [47] = {.lex_state = 198, .external_lex_state = 1},
  [48] = {.lex_state = 198, .external_lex_state = 1},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 0},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 0},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 0},
  [56] = {.lex_state = 201, .external_lex_state = 1},
  [57] = {.lex_state = 201, .external_lex_state = 1},
  [58] = {.lex_state = 201, .external_lex_state = 1},
  [59] = {.lex_state = 201, .external_lex_state = 1},
  [60] = {.lex_state = 201, .external_lex_state = 1},
  [61] = {.lex_state = 201, .external_lex_state = 1},
  [62] = {.lex_state = 202, .external_lex_state = 1},
  [63] = {.lex_state = 202, .external_lex_state = 1},
  [64] = {.lex_state = 0, .external_lex_state = 1},
  [65] = {.lex_state = 33, .external_lex_state = 1},
  [66] = {.lex_state = 33, .external_lex_state = 1},
  [67] = {.lex_state = 202, .external_lex_state = 1},
  [68] = {.lex_state = 202, .external_lex_state = 1},
  [69] = {.lex_state = 202, .external_lex_state = 1},
  [70] = {.lex_state = 39, .external_lex_state = 1},
  [71] = {.lex_state = 202, .external_lex_state = 1},
  [72] = {.lex_state = 202, .external_lex_state = 1},
  [73] = {.lex_state = 202, .external_lex_state = 1},
  [74] = {.lex_state = 202, .external_lex_state = 1},
  [75] = {.lex_state = 202, .external_lex_state = 1},
  [76] = {.lex_state = 202, .external_lex_state = 1},
  [77] = {.lex_state = 39, .external_lex_state = 1},
  [78] = {.lex_state = 202, .external_lex_state = 1},
  [79] = {.lex_state = 202, .external_lex_state = 1},
  [80] = {.lex_state = 202, .external_lex_state = 1},
  [81] = {.lex_state = 202, .external_lex_state = 1},
  [82] = {.lex_state = 202, .external_lex_state = 1},
  [83] = {.lex_state = 202, .external_lex_state = 1},
  [84] = {.lex_state = 202, .external_lex_state = 1},
  [85] = {.lex_state = 202, .external_lex_state = 1},
  [86] = {.lex_state = 202, .external_lex_state = 1},
  [87] = {.lex_state = 202, .external_lex_state = 1},
  [88] = {.lex_state = 202, .external_lex_state = 1},
  [89] = {.lex_state = 202, .external_lex_state = 1},
  [90] = {.lex_state = 202, .external_lex_state = 1},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 202, .external_lex_state = 1},
  [93] = {.lex_state = 202, .external_lex_state = 1},
  [94] = {.lex_state = 202, .external_lex_state = 1},
  [95] = {.lex_state = 202, .external_lex_state = 1},
  [96] = {.lex_state = 202, .external_lex_state = 1},
  [97] = {.lex_state = 202, .external_lex_state = 1},
  [98] = {.lex_state = 202, .external_lex_state = 1},
  [99] = {.lex_state = 202, .external_lex_state = 1},
  [100] = {.lex_state = 202, .external_lex_state = 1},
  [101] = {.lex_state = 202, .external_lex_state = 1},
  [102] = {.lex_state = 202, .external_lex_state = 1},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 42},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 39, .external_lex_state = 1},
  [107] = {.lex_state = 0},
  [108] = {.lex_state = 39, .external_lex_state = 1},
  [109] = {.lex_state = 0, .external_lex_state = 1},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0, .external_lex_state = 1},
  [112] = {.lex_state = 39, .external_lex_state = 1},
  [113] = {.lex_state = 0, .external_lex_state = 1},
  [114] = {.lex_state = 45},
  [115] = {.lex_state = 0, .external_lex_state = 1},
  [116] = {.lex_state = 39, .external_lex_state = 1},
  [117] = {.lex_state = 45},
  [118] = {.lex_state = 0},
  [119] = {.lex_state = 42},
  [120] = {.lex_state = 0},
  [121] = {.lex_state = 33, .external_lex_state = 1},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 19},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 19},
  [126] = {.lex_state = 0, .external_lex_state = 1},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0, .external_lex_state = 1},
  [129] = {.lex_state = 0, .external_lex_state = 1},
  [130] = {.lex_state = 33, .external_lex_state = 1},
  [131] = {.lex_state = 0, .external_lex_state = 1},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0},
  [134] = {.lex_state = 19},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 0, .external_lex_state = 1},
  [137] = {.lex_state = 0, .external_lex_state = 1},
  [138] = {.lex_state = 0, .external_lex_state = 1},
  [139] = {.lex_state = 19},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 19},
  [142] = {.lex_state = 0},
  [143] = {.lex_state = 39},
  [144] = {.lex_state = 0},
  [145] = {.lex_state = 0},
  [146] = {.lex_state = 0},
  [147] = {.lex_state = 46},
  [148] = {.lex_state = 0},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 0, .external_lex_state = 1},
  [151] = {.lex_state = 0, .external_lex_state = 1},
  [152] = {.lex_state = 0, .external_lex_state = 1},
  [153] = {.lex_state = 0, .external_lex_state = 1},
  [154] = {.lex_state = 50},
  [155] = {.lex_state = 0, .external_lex_state = 1},
  [156] = {.lex_state = 0},
  [157] = {.lex_state = 0, .external_lex_state = 1},
  [158] = {.lex_state = 202},
  [159] = {.lex_state = 0, .external_lex_state = 1},
  [160] = {.lex_state = 0, .external_lex_state = 1},
  [161] = {.lex_state = 0, .external_lex_state = 1},
  [162] = {.lex_state = 0, .external_lex_state = 1},
  [163] = {.lex_state = 0, .external_lex_state = 1},
  [164] = {.lex_state = 46},
  [165] = {.lex_state = 0},
  [166] = {.lex_state = 39},
  [167] = {.lex_state = 46},
  [168] = {.lex_state = 0, .external_lex_state = 1},
  [169] = {.lex_state = 0, .external_lex_state = 1},
  [170] = {.lex_state = 0, .external_lex_state = 1},
  [171] = {.lex_state = 0, .external_lex_state = 1},
  [172] = {.lex_state = 0, .external_lex_state = 1},
  [173] = {.lex_state = 50},
  [174] = {.lex_state = 32},
  [175] = {.lex_state = 0, .external_lex_state = 1},
  [176] = {.lex_state = 0, .external_lex_state = 1},
  [177] = {.lex_state = 0, .external_lex_state = 1},
  [178] = {.lex_state = 0, .external_lex_state = 1},
  [179] = {.lex_state = 0, .external_lex_state = 1},
  [180] = {.lex_state = 0, .external_lex_state = 1},
  [181] = {.lex_state = 0},
  [182] = {.lex_state = 46},
  [183] = {.lex_state = 0, .external_lex_state = 1},
  [184] = {.lex_state = 0},
  [185] = {.lex_state = 0, .external_lex_state = 1},
  [186] = {.lex_state = 35},
  [187] = {.lex_state = 53},
  [188] = {.lex_state = 0, .external_lex_state = 1},
  [189] = {.lex_state = 0, .external_lex_state = 1},
  [190] = {.lex_state = 0, .external_lex_state = 1},
  [191] = {.lex_state = 35},
  [192] = {.lex_state = 0},
  [193] = {.lex_state = 0, .external_lex_state = 1},
  [194] = {.lex_state = 0, .external_lex_state = 1},
  [195] = {.lex_state = 53},
  [196] = {.lex_state = 0, .external_lex_state = 1},
  [197] = {.lex_state = 0, .external_lex_state = 1},
  [198] = {.lex_state = 35},
  [199] = {.lex_state = 0, .external_lex_state = 1},
  [200] = {.lex_state = 0},
  [201] = {.lex_state = 0, .external_lex_state = 1},
  [202] = {.lex_state = 0, .external_lex_state = 1},
  [203] = {.lex_state = 0},
  [204] = {.lex_state = 46},
  [205] = {.lex_state = 0, .external_lex_state = 1},
  [206] = {(TSStateId)(-1)},
  [207] = {(TSStateId)(-1)},
  [208] = {(TSStateId)(-1)},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [sym_directive] = STATE(0),
    [ts_builtin_sym_end] = ACTIONS(1),
    [aux_sym_report_header_token1] = ACTIONS(1),
    [aux_sym_dateline_field_token1] = ACTIONS(1),
    [aux_sym_date_field_token1] = ACTIONS(1),
    [aux_sym_place_field_token1] = ACTIONS(1),
    [aux_sym_kind_field_token1] = ACTIONS(1),
    [aux_sym_source_field_token1] = ACTIONS(1),
    [aux_sym_author_field_token1] = ACTIONS(1),
    [sym_date] = ACTIONS(1),
    [anon_sym_to] = ACTIONS(1),
    [anon_sym_DOT_DOT] = ACTIONS(1),
    [anon_sym_u2013] = ACTIONS(1),
    [anon_sym_u2014] = ACTIONS(1),
    [aux_sym_meeting_token1] = ACTIONS(1),
    [anon_sym_LBRACE_POUND] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [aux_sym_attendees_section_token1] = ACTIONS(1),
    [anon_sym_Attendees] = ACTIONS(1),
    [anon_sym_attendees] = ACTIONS(1),
    [anon_sym_ATTENDEES] = ACTIONS(1),
    [anon_sym_Participants] = ACTIONS(1),
    [anon_sym_participants] = ACTIONS(1),
    [anon_sym_PARTICIPANTS] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_PIPE] = ACTIONS(1),
    [sym__item] = ACTIONS(1),
    [sym_handle] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_Commitments] = ACTIONS(1),
    [anon_sym_commitments] = ACTIONS(1),
    [anon_sym_COMMITMENTS] = ACTIONS(1),
    [sym_all] = ACTIONS(1),
    [anon_sym_due] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [aux_sym_directive_token1] = ACTIONS(5),
    [anon_sym_DASH_DASH_GT] = ACTIONS(1),
    [sym_directive_kind] = ACTIONS(1),
    [sym__line_end] = ACTIONS(1),
  },
  [1] = {
    [sym_report] = STATE(192),
    [sym__blank] = STATE(60),
    [sym__leading_blank] = STATE(46),
    [sym_report_header] = STATE(12),
    [sym_meeting] = STATE(146),
    [sym_prose_section] = STATE(60),
    [sym__prose_block] = STATE(59),
    [sym_paragraph] = STATE(60),
    [sym_line] = STATE(61),
    [sym_handle_ref] = STATE(130),
    [sym_directive] = STATE(1),
    [aux_sym_report_repeat1] = STATE(6),
    [aux_sym_report_repeat2] = STATE(8),
    [aux_sym_report_repeat3] = STATE(118),
    [aux_sym_paragraph_repeat1] = STATE(30),
    [aux_sym_line_repeat1] = STATE(66),
    [ts_builtin_sym_end] = ACTIONS(7),
    [aux_sym_report_header_token1] = ACTIONS(9),
    [aux_sym_meeting_token1] = ACTIONS(11),
    [aux_sym_attendees_section_token1] = ACTIONS(13),
    [sym_handle] = ACTIONS(15),
    [sym_text] = ACTIONS(17),
    [sym_comment] = ACTIONS(3),
    [aux_sym_directive_token1] = ACTIONS(19),
    [sym__line_end] = ACTIONS(21),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(23), 1,
      ts_builtin_sym_end,
    ACTIONS(25), 1,
      aux_sym_date_field_token1,
    ACTIONS(27), 1,
      aux_sym_place_field_token1,
    ACTIONS(29), 1,
      aux_sym_kind_field_token1,
    ACTIONS(31), 1,
      aux_sym_meeting_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(35), 1,
      sym__line_end,
    STATE(2), 1,
      sym_directive,
    STATE(3), 1,
      aux_sym_meeting_repeat1,
    STATE(7), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(54), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(34), 4,
      sym__leading_blank,
      sym_date_field,
      sym_place_field,
      sym_kind_field,
  [73] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(25), 1,
      aux_sym_date_field_token1,
    ACTIONS(27), 1,
      aux_sym_place_field_token1,
    ACTIONS(29), 1,
      aux_sym_kind_field_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(35), 1,
      sym__line_end,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      aux_sym_meeting_token1,
    STATE(3), 1,
      sym_directive,
    STATE(13), 1,
      aux_sym_meeting_repeat2,
    STATE(20), 1,
      aux_sym_meeting_repeat1,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(50), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(34), 4,
      sym__leading_blank,
      sym_date_field,
      sym_place_field,
      sym_kind_field,
  [146] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(25), 1,
      aux_sym_date_field_token1,
    ACTIONS(27), 1,
      aux_sym_place_field_token1,
    ACTIONS(29), 1,
      aux_sym_kind_field_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(35), 1,
      sym__line_end,
    ACTIONS(41), 1,
      ts_builtin_sym_end,
    ACTIONS(43), 1,
      aux_sym_meeting_token1,
    STATE(4), 1,
      sym_directive,
    STATE(5), 1,
      aux_sym_meeting_repeat1,
    STATE(14), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(34), 4,
      sym__leading_blank,
      sym_date_field,
      sym_place_field,
      sym_kind_field,
  [219] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(25), 1,
      aux_sym_date_field_token1,
    ACTIONS(27), 1,
      aux_sym_place_field_token1,
    ACTIONS(29), 1,
      aux_sym_kind_field_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(35), 1,
      sym__line_end,
    ACTIONS(45), 1,
      ts_builtin_sym_end,
    ACTIONS(47), 1,
      aux_sym_meeting_token1,
    STATE(5), 1,
      sym_directive,
    STATE(15), 1,
      aux_sym_meeting_repeat2,
    STATE(20), 1,
      aux_sym_meeting_repeat1,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(51), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(34), 4,
      sym__leading_blank,
      sym_date_field,
      sym_place_field,
      sym_kind_field,
  [292] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(9), 1,
      aux_sym_report_header_token1,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(21), 1,
      sym__line_end,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    STATE(6), 1,
      sym_directive,
    STATE(9), 1,
      aux_sym_report_repeat2,
    STATE(10), 1,
      sym_report_header,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(33), 1,
      aux_sym_report_repeat1,
    STATE(46), 1,
      sym__leading_blank,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(107), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [361] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(37), 1,
      ts_builtin_sym_end,
    ACTIONS(39), 1,
      aux_sym_meeting_token1,
    ACTIONS(51), 1,
      sym__line_end,
    STATE(7), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(50), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [416] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(51), 1,
      sym__line_end,
    STATE(8), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(107), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [473] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(53), 1,
      ts_builtin_sym_end,
    STATE(9), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(110), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [530] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(53), 1,
      ts_builtin_sym_end,
    STATE(10), 1,
      sym_directive,
    STATE(11), 1,
      aux_sym_report_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(110), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [587] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(55), 1,
      ts_builtin_sym_end,
    STATE(11), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(103), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [644] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(11), 1,
      aux_sym_meeting_token1,
    ACTIONS(13), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(51), 1,
      sym__line_end,
    STATE(9), 1,
      aux_sym_report_repeat2,
    STATE(12), 1,
      sym_directive,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(107), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [701] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(57), 1,
      ts_builtin_sym_end,
    ACTIONS(59), 1,
      aux_sym_meeting_token1,
    STATE(13), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(49), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [756] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(45), 1,
      ts_builtin_sym_end,
    ACTIONS(47), 1,
      aux_sym_meeting_token1,
    ACTIONS(51), 1,
      sym__line_end,
    STATE(14), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(51), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [811] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(33), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(63), 1,
      aux_sym_meeting_token1,
    STATE(15), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(52), 1,
      aux_sym_meeting_repeat3,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [866] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(65), 1,
      ts_builtin_sym_end,
    ACTIONS(67), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(70), 1,
      aux_sym_place_field_token1,
    ACTIONS(73), 1,
      aux_sym_source_field_token1,
    ACTIONS(76), 1,
      aux_sym_author_field_token1,
    ACTIONS(81), 1,
      sym__line_end,
    STATE(16), 2,
      sym_directive,
      aux_sym_report_header_repeat1,
    ACTIONS(79), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(24), 5,
      sym__blank,
      sym_dateline_field,
      sym_place_field,
      sym_source_field,
      sym_author_field,
  [908] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(84), 1,
      ts_builtin_sym_end,
    ACTIONS(86), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(88), 1,
      aux_sym_place_field_token1,
    ACTIONS(90), 1,
      aux_sym_source_field_token1,
    ACTIONS(92), 1,
      aux_sym_author_field_token1,
    ACTIONS(96), 1,
      sym__line_end,
    STATE(16), 1,
      aux_sym_report_header_repeat1,
    STATE(17), 1,
      sym_directive,
    ACTIONS(94), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(24), 5,
      sym__blank,
      sym_dateline_field,
      sym_place_field,
      sym_source_field,
      sym_author_field,
  [952] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(86), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(88), 1,
      aux_sym_place_field_token1,
    ACTIONS(90), 1,
      aux_sym_source_field_token1,
    ACTIONS(92), 1,
      aux_sym_author_field_token1,
    ACTIONS(96), 1,
      sym__line_end,
    ACTIONS(98), 1,
      ts_builtin_sym_end,
    STATE(17), 1,
      aux_sym_report_header_repeat1,
    STATE(18), 1,
      sym_directive,
    ACTIONS(100), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(24), 5,
      sym__blank,
      sym_dateline_field,
      sym_place_field,
      sym_source_field,
      sym_author_field,
  [996] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(102), 1,
      ts_builtin_sym_end,
    ACTIONS(104), 1,
      aux_sym_meeting_token1,
    ACTIONS(106), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(109), 1,
      sym_handle,
    ACTIONS(112), 1,
      sym_text,
    ACTIONS(115), 1,
      sym__line_end,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(59), 1,
      sym__prose_block,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(19), 2,
      sym_directive,
      aux_sym_report_repeat2,
    STATE(60), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [1045] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(118), 1,
      ts_builtin_sym_end,
    ACTIONS(120), 1,
      aux_sym_date_field_token1,
    ACTIONS(123), 1,
      aux_sym_place_field_token1,
    ACTIONS(126), 1,
      aux_sym_kind_field_token1,
    ACTIONS(131), 1,
      sym__line_end,
    STATE(20), 2,
      sym_directive,
      aux_sym_meeting_repeat1,
    ACTIONS(129), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(34), 4,
      sym__leading_blank,
      sym_date_field,
      sym_place_field,
      sym_kind_field,
  [1083] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(134), 1,
      ts_builtin_sym_end,
    STATE(21), 1,
      sym_directive,
    STATE(22), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(136), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
  [1128] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(51), 1,
      sym__line_end,
    ACTIONS(138), 1,
      ts_builtin_sym_end,
    STATE(22), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(140), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
  [1173] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(142), 1,
      ts_builtin_sym_end,
    ACTIONS(146), 1,
      sym_handle,
    ACTIONS(149), 1,
      sym_text,
    ACTIONS(152), 1,
      sym__line_end,
    STATE(30), 1,
      aux_sym_paragraph_repeat1,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(144), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(23), 2,
      sym_directive,
      aux_sym_meeting_repeat2,
    STATE(56), 2,
      sym__blank,
      sym_paragraph,
  [1216] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(24), 1,
      sym_directive,
    ACTIONS(155), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(157), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1240] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(159), 1,
      sym__heading_text,
    STATE(25), 1,
      sym_directive,
    ACTIONS(163), 3,
      anon_sym_Commitments,
      anon_sym_commitments,
      anon_sym_COMMITMENTS,
    ACTIONS(161), 6,
      anon_sym_Attendees,
      anon_sym_attendees,
      anon_sym_ATTENDEES,
      anon_sym_Participants,
      anon_sym_participants,
      anon_sym_PARTICIPANTS,
  [1266] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(26), 1,
      sym_directive,
    ACTIONS(165), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(167), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1290] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(173), 1,
      sym_handle,
    ACTIONS(176), 1,
      sym_text,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(169), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(171), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(27), 2,
      sym_directive,
      aux_sym_paragraph_repeat1,
  [1324] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(28), 1,
      sym_directive,
    ACTIONS(179), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(181), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1348] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(29), 1,
      sym_directive,
    ACTIONS(183), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(185), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1372] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(27), 1,
      aux_sym_paragraph_repeat1,
    STATE(30), 1,
      sym_directive,
    STATE(61), 1,
      sym_line,
    STATE(66), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(187), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(189), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1408] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(31), 1,
      sym_directive,
    ACTIONS(191), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(193), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1432] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(32), 1,
      sym_directive,
    ACTIONS(195), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(197), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1456] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(199), 1,
      ts_builtin_sym_end,
    ACTIONS(203), 1,
      sym__line_end,
    STATE(46), 1,
      sym__leading_blank,
    STATE(33), 2,
      sym_directive,
      aux_sym_report_repeat1,
    ACTIONS(201), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1483] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(34), 1,
      sym_directive,
    ACTIONS(206), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(208), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1506] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(35), 1,
      sym_directive,
    ACTIONS(183), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(185), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1529] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(36), 1,
      sym_directive,
    ACTIONS(210), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(212), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1552] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(37), 1,
      sym_directive,
    ACTIONS(214), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(216), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1575] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(38), 1,
      sym_directive,
    ACTIONS(218), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(220), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1598] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(39), 1,
      sym_directive,
    ACTIONS(218), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(220), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1621] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(224), 1,
      sym__item,
    ACTIONS(226), 1,
      sym__line_end,
    STATE(40), 1,
      sym_directive,
    STATE(44), 1,
      aux_sym_attendees_section_repeat1,
    STATE(67), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(222), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1649] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(226), 1,
      sym__line_end,
    ACTIONS(230), 1,
      sym__item,
    STATE(41), 1,
      sym_directive,
    STATE(43), 1,
      aux_sym_commitments_section_repeat1,
    STATE(68), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(228), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1677] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(224), 1,
      sym__item,
    ACTIONS(226), 1,
      sym__line_end,
    STATE(40), 1,
      aux_sym_attendees_section_repeat1,
    STATE(42), 1,
      sym_directive,
    STATE(67), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(232), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1705] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(226), 1,
      sym__line_end,
    ACTIONS(230), 1,
      sym__item,
    STATE(43), 1,
      sym_directive,
    STATE(45), 1,
      aux_sym_commitments_section_repeat1,
    STATE(68), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(234), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1733] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(238), 1,
      sym__item,
    ACTIONS(241), 1,
      sym__line_end,
    STATE(44), 2,
      sym_directive,
      aux_sym_attendees_section_repeat1,
    STATE(67), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(236), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1759] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      sym__item,
    ACTIONS(249), 1,
      sym__line_end,
    STATE(45), 2,
      sym_directive,
      aux_sym_commitments_section_repeat1,
    STATE(68), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(244), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1785] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(46), 1,
      sym_directive,
    ACTIONS(252), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(254), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1806] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(47), 1,
      sym_directive,
    ACTIONS(218), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(220), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1827] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(48), 1,
      sym_directive,
    ACTIONS(218), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(220), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1848] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(49), 1,
      sym_directive,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    ACTIONS(256), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1873] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(50), 1,
      sym_directive,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    ACTIONS(57), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1898] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(51), 1,
      sym_directive,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    ACTIONS(61), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1923] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(52), 1,
      sym_directive,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    ACTIONS(260), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1948] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(264), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(262), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(53), 2,
      sym_directive,
      aux_sym_meeting_repeat3,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1971] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    STATE(54), 1,
      sym_directive,
    ACTIONS(37), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1996] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(258), 1,
      aux_sym_attendees_section_token1,
    STATE(53), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_directive,
    ACTIONS(45), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(135), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [2021] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(56), 1,
      sym_directive,
    ACTIONS(267), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(269), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2041] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(57), 1,
      sym_directive,
    ACTIONS(195), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(197), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2061] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(58), 1,
      sym_directive,
    ACTIONS(271), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(273), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2081] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(59), 1,
      sym_directive,
    ACTIONS(275), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(277), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2101] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(60), 1,
      sym_directive,
    ACTIONS(279), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(281), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2121] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(61), 1,
      sym_directive,
    ACTIONS(283), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(285), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2141] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(62), 1,
      sym_directive,
    ACTIONS(287), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2158] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(63), 1,
      sym_directive,
    ACTIONS(195), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2175] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(291), 1,
      sym__line_end,
    STATE(64), 1,
      sym_directive,
    ACTIONS(289), 4,
      anon_sym_to,
      anon_sym_DOT_DOT,
      anon_sym_u2013,
      anon_sym_u2014,
  [2194] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(293), 1,
      sym_handle,
    ACTIONS(296), 1,
      sym_text,
    ACTIONS(299), 1,
      sym__line_end,
    STATE(130), 1,
      sym_handle_ref,
    STATE(65), 2,
      sym_directive,
      aux_sym_line_repeat1,
  [2217] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(301), 1,
      sym_text,
    ACTIONS(303), 1,
      sym__line_end,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(66), 1,
      sym_directive,
    STATE(130), 1,
      sym_handle_ref,
  [2242] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(67), 1,
      sym_directive,
    ACTIONS(305), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2259] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(68), 1,
      sym_directive,
    ACTIONS(307), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2276] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(69), 1,
      sym_directive,
    ACTIONS(309), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2293] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_PIPE,
    ACTIONS(313), 1,
      sym__cell,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(317), 1,
      sym__line_end,
    STATE(70), 1,
      sym_directive,
    STATE(152), 1,
      sym_flags,
  [2318] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(71), 1,
      sym_directive,
    ACTIONS(319), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2335] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(72), 1,
      sym_directive,
    ACTIONS(321), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2352] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(73), 1,
      sym_directive,
    ACTIONS(323), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2369] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(74), 1,
      sym_directive,
    ACTIONS(325), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2386] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(75), 1,
      sym_directive,
    ACTIONS(327), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2403] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(76), 1,
      sym_directive,
    ACTIONS(329), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2420] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(331), 1,
      anon_sym_PIPE,
    ACTIONS(333), 1,
      sym__cell,
    ACTIONS(335), 1,
      sym__line_end,
    STATE(77), 1,
      sym_directive,
    STATE(163), 1,
      sym_flags,
  [2445] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(78), 1,
      sym_directive,
    ACTIONS(337), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2462] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(79), 1,
      sym_directive,
    ACTIONS(339), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2479] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(80), 1,
      sym_directive,
    ACTIONS(341), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2496] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(81), 1,
      sym_directive,
    ACTIONS(343), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2513] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(82), 1,
      sym_directive,
    ACTIONS(345), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2530] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(83), 1,
      sym_directive,
    ACTIONS(347), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2547] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(84), 1,
      sym_directive,
    ACTIONS(349), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2564] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(85), 1,
      sym_directive,
    ACTIONS(351), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2581] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(86), 1,
      sym_directive,
    ACTIONS(353), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2598] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(87), 1,
      sym_directive,
    ACTIONS(355), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2615] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(88), 1,
      sym_directive,
    ACTIONS(357), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2632] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(89), 1,
      sym_directive,
    ACTIONS(359), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2649] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(90), 1,
      sym_directive,
    ACTIONS(361), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2666] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(365), 1,
      anon_sym_RBRACK,
    STATE(91), 1,
      sym_directive,
    ACTIONS(363), 4,
      anon_sym_to,
      anon_sym_DOT_DOT,
      anon_sym_u2013,
      anon_sym_u2014,
  [2685] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(92), 1,
      sym_directive,
    ACTIONS(367), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2702] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(93), 1,
      sym_directive,
    ACTIONS(369), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2719] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(94), 1,
      sym_directive,
    ACTIONS(371), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2736] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(95), 1,
      sym_directive,
    ACTIONS(373), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2753] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(96), 1,
      sym_directive,
    ACTIONS(375), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2770] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(97), 1,
      sym_directive,
    ACTIONS(377), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2787] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(98), 1,
      sym_directive,
    ACTIONS(379), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2804] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(99), 1,
      sym_directive,
    ACTIONS(381), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2821] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(100), 1,
      sym_directive,
    ACTIONS(383), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2838] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(101), 1,
      sym_directive,
    ACTIONS(385), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2855] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(102), 1,
      sym_directive,
    ACTIONS(387), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2872] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(389), 1,
      ts_builtin_sym_end,
    ACTIONS(391), 1,
      aux_sym_meeting_token1,
    STATE(103), 1,
      sym_directive,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(146), 1,
      sym_meeting,
  [2894] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(104), 1,
      sym_directive,
    STATE(132), 1,
      sym_party,
    ACTIONS(393), 3,
      sym_handle,
      sym_all,
      sym__party_name,
  [2912] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(395), 1,
      ts_builtin_sym_end,
    ACTIONS(397), 1,
      aux_sym_meeting_token1,
    STATE(146), 1,
      sym_meeting,
    STATE(105), 2,
      sym_directive,
      aux_sym_report_repeat3,
  [2932] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(400), 1,
      sym__cell,
    ACTIONS(402), 1,
      sym__line_end,
    STATE(106), 1,
      sym_directive,
    STATE(189), 1,
      sym_flags,
  [2954] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(53), 1,
      ts_builtin_sym_end,
    ACTIONS(391), 1,
      aux_sym_meeting_token1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(107), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [2976] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(404), 1,
      sym__cell,
    ACTIONS(406), 1,
      sym__line_end,
    STATE(108), 1,
      sym_directive,
    STATE(161), 1,
      sym_flags,
  [2998] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(408), 1,
      anon_sym_PIPE,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(412), 1,
      sym__line_end,
    STATE(109), 1,
      sym_directive,
    STATE(172), 1,
      sym_flags,
  [3020] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(55), 1,
      ts_builtin_sym_end,
    ACTIONS(391), 1,
      aux_sym_meeting_token1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(110), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [3042] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(414), 1,
      anon_sym_PIPE,
    ACTIONS(416), 1,
      sym__line_end,
    STATE(111), 1,
      sym_directive,
    STATE(199), 1,
      sym_flags,
  [3064] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(418), 1,
      sym__cell,
    ACTIONS(420), 1,
      sym__line_end,
    STATE(112), 1,
      sym_directive,
    STATE(175), 1,
      sym_flags,
  [3086] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(422), 1,
      anon_sym_PIPE,
    ACTIONS(424), 1,
      sym__line_end,
    STATE(113), 1,
      sym_directive,
    STATE(178), 1,
      sym_flags,
  [3108] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(426), 1,
      sym_date,
    ACTIONS(428), 1,
      sym_value,
    STATE(114), 1,
      sym_directive,
    STATE(177), 1,
      sym_date_range,
    STATE(194), 1,
      sym__date_value,
  [3130] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(430), 1,
      anon_sym_PIPE,
    ACTIONS(432), 1,
      sym__line_end,
    STATE(115), 1,
      sym_directive,
    STATE(201), 1,
      sym_flags,
  [3152] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(315), 1,
      anon_sym_LBRACK,
    ACTIONS(434), 1,
      sym__cell,
    ACTIONS(436), 1,
      sym__line_end,
    STATE(116), 1,
      sym_directive,
    STATE(157), 1,
      sym_flags,
  [3174] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(426), 1,
      sym_date,
    ACTIONS(428), 1,
      sym_value,
    STATE(117), 1,
      sym_directive,
    STATE(177), 1,
      sym_date_range,
    STATE(205), 1,
      sym__date_value,
  [3196] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(391), 1,
      aux_sym_meeting_token1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(118), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [3218] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(119), 1,
      sym_directive,
    STATE(140), 1,
      sym_party,
    ACTIONS(393), 3,
      sym_handle,
      sym_all,
      sym__party_name,
  [3236] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(438), 1,
      anon_sym_COLON,
    ACTIONS(440), 1,
      anon_sym_COMMA,
    STATE(120), 2,
      sym_directive,
      aux_sym_commitment_repeat1,
  [3253] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(443), 1,
      sym_handle,
    STATE(121), 1,
      sym_directive,
    ACTIONS(445), 2,
      sym__line_end,
      sym_text,
  [3270] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(447), 1,
      anon_sym_COLON,
    ACTIONS(449), 1,
      anon_sym_COMMA,
    STATE(120), 1,
      aux_sym_commitment_repeat1,
    STATE(122), 1,
      sym_directive,
  [3289] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(451), 1,
      anon_sym_COMMA,
    ACTIONS(454), 1,
      anon_sym_DASH_DASH_GT,
    STATE(123), 2,
      sym_directive,
      aux_sym_directive_repeat1,
  [3306] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(456), 1,
      anon_sym_COMMA,
    ACTIONS(458), 1,
      anon_sym_RBRACK,
    STATE(124), 1,
      sym_directive,
    STATE(127), 1,
      aux_sym_flags_repeat1,
  [3325] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(460), 1,
      anon_sym_COMMA,
    ACTIONS(462), 1,
      anon_sym_DASH_DASH_GT,
    STATE(125), 1,
      sym_directive,
    STATE(134), 1,
      aux_sym_directive_repeat1,
  [3344] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(464), 1,
      anon_sym_LBRACK,
    ACTIONS(466), 1,
      sym__line_end,
    STATE(126), 1,
      sym_directive,
    STATE(150), 1,
      sym_due,
  [3363] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(456), 1,
      anon_sym_COMMA,
    ACTIONS(468), 1,
      anon_sym_RBRACK,
    STATE(127), 1,
      sym_directive,
    STATE(133), 1,
      aux_sym_flags_repeat1,
  [3382] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(470), 1,
      sym__line_end,
    STATE(128), 1,
      sym_directive,
    STATE(153), 1,
      sym_flags,
  [3401] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(464), 1,
      anon_sym_LBRACK,
    ACTIONS(472), 1,
      sym__line_end,
    STATE(129), 1,
      sym_directive,
    STATE(168), 1,
      sym_due,
  [3420] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(474), 1,
      sym_handle,
    STATE(130), 1,
      sym_directive,
    ACTIONS(476), 2,
      sym__line_end,
      sym_text,
  [3437] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(478), 1,
      sym__line_end,
    STATE(131), 1,
      sym_directive,
    STATE(171), 1,
      sym_flags,
  [3456] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(449), 1,
      anon_sym_COMMA,
    ACTIONS(480), 1,
      anon_sym_COLON,
    STATE(122), 1,
      aux_sym_commitment_repeat1,
    STATE(132), 1,
      sym_directive,
  [3475] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(482), 1,
      anon_sym_COMMA,
    ACTIONS(485), 1,
      anon_sym_RBRACK,
    STATE(133), 2,
      sym_directive,
      aux_sym_flags_repeat1,
  [3492] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(460), 1,
      anon_sym_COMMA,
    ACTIONS(487), 1,
      anon_sym_DASH_DASH_GT,
    STATE(123), 1,
      aux_sym_directive_repeat1,
    STATE(134), 1,
      sym_directive,
  [3511] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(135), 1,
      sym_directive,
    ACTIONS(489), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [3526] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(491), 1,
      anon_sym_LBRACE_POUND,
    ACTIONS(493), 1,
      sym__line_end,
    STATE(136), 1,
      sym_directive,
    STATE(196), 1,
      sym_meeting_id,
  [3545] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(495), 1,
      sym__line_end,
    STATE(137), 1,
      sym_directive,
    STATE(193), 1,
      sym_flags,
  [3564] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(410), 1,
      anon_sym_LBRACK,
    ACTIONS(497), 1,
      sym__line_end,
    STATE(138), 1,
      sym_directive,
    STATE(185), 1,
      sym_flags,
  [3583] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(139), 1,
      sym_directive,
    ACTIONS(499), 2,
      anon_sym_COMMA,
      anon_sym_DASH_DASH_GT,
  [3597] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(140), 1,
      sym_directive,
    ACTIONS(501), 2,
      anon_sym_COLON,
      anon_sym_COMMA,
  [3611] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(503), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(505), 1,
      sym_rule_id,
    STATE(141), 1,
      sym_directive,
  [3627] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(142), 1,
      sym_directive,
    ACTIONS(507), 2,
      anon_sym_COLON,
      anon_sym_COMMA,
  [3641] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(509), 1,
      sym__cell,
    ACTIONS(511), 1,
      sym_handle,
    STATE(143), 1,
      sym_directive,
  [3657] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(144), 1,
      sym_directive,
    ACTIONS(485), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [3671] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(513), 1,
      sym_date,
    STATE(145), 1,
      sym_directive,
    STATE(181), 1,
      sym_date_range,
  [3687] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(146), 1,
      sym_directive,
    ACTIONS(515), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
  [3701] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(517), 1,
      sym_value,
    STATE(147), 1,
      sym_directive,
  [3714] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(519), 1,
      sym_date,
    STATE(148), 1,
      sym_directive,
  [3727] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(521), 1,
      anon_sym_due,
    STATE(149), 1,
      sym_directive,
  [3740] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(523), 1,
      sym__line_end,
    STATE(150), 1,
      sym_directive,
  [3753] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(525), 1,
      sym__line_end,
    STATE(151), 1,
      sym_directive,
  [3766] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(527), 1,
      sym__line_end,
    STATE(152), 1,
      sym_directive,
  [3779] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(529), 1,
      sym__line_end,
    STATE(153), 1,
      sym_directive,
  [3792] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(531), 1,
      sym__commitment_text,
    STATE(154), 1,
      sym_directive,
  [3805] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(533), 1,
      sym__line_end,
    STATE(155), 1,
      sym_directive,
  [3818] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(535), 1,
      anon_sym_RBRACE,
    STATE(156), 1,
      sym_directive,
  [3831] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(537), 1,
      sym__line_end,
    STATE(157), 1,
      sym_directive,
  [3844] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(539), 1,
      sym_rule_id,
    STATE(158), 1,
      sym_directive,
  [3857] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(541), 1,
      sym__line_end,
    STATE(159), 1,
      sym_directive,
  [3870] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(543), 1,
      sym__line_end,
    STATE(160), 1,
      sym_directive,
  [3883] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(545), 1,
      sym__line_end,
    STATE(161), 1,
      sym_directive,
  [3896] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(547), 1,
      sym__line_end,
    STATE(162), 1,
      sym_directive,
  [3909] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(549), 1,
      sym__line_end,
    STATE(163), 1,
      sym_directive,
  [3922] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(551), 1,
      sym_value,
    STATE(164), 1,
      sym_directive,
  [3935] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(553), 1,
      sym_directive_kind,
    STATE(165), 1,
      sym_directive,
  [3948] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(555), 1,
      sym__cell,
    STATE(166), 1,
      sym_directive,
  [3961] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(557), 1,
      sym_value,
    STATE(167), 1,
      sym_directive,
  [3974] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(559), 1,
      sym__line_end,
    STATE(168), 1,
      sym_directive,
  [3987] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(561), 1,
      sym__line_end,
    STATE(169), 1,
      sym_directive,
  [4000] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(563), 1,
      sym__line_end,
    STATE(170), 1,
      sym_directive,
  [4013] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(565), 1,
      sym__line_end,
    STATE(171), 1,
      sym_directive,
  [4026] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(567), 1,
      sym__line_end,
    STATE(172), 1,
      sym_directive,
  [4039] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(569), 1,
      sym__commitment_text,
    STATE(173), 1,
      sym_directive,
  [4052] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(571), 1,
      aux_sym_meeting_id_token1,
    STATE(174), 1,
      sym_directive,
  [4065] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(573), 1,
      sym__line_end,
    STATE(175), 1,
      sym_directive,
  [4078] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(575), 1,
      sym__line_end,
    STATE(176), 1,
      sym_directive,
  [4091] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(291), 1,
      sym__line_end,
    STATE(177), 1,
      sym_directive,
  [4104] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(577), 1,
      sym__line_end,
    STATE(178), 1,
      sym_directive,
  [4117] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(579), 1,
      sym__line_end,
    STATE(179), 1,
      sym_directive,
  [4130] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(581), 1,
      sym__line_end,
    STATE(180), 1,
      sym_directive,
  [4143] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(365), 1,
      anon_sym_RBRACK,
    STATE(181), 1,
      sym_directive,
  [4156] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(583), 1,
      sym_value,
    STATE(182), 1,
      sym_directive,
  [4169] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(585), 1,
      sym__line_end,
    STATE(183), 1,
      sym_directive,
  [4182] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(587), 1,
      anon_sym_COLON,
    STATE(184), 1,
      sym_directive,
  [4195] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(589), 1,
      sym__line_end,
    STATE(185), 1,
      sym_directive,
  [4208] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(591), 1,
      sym__heading_text,
    STATE(186), 1,
      sym_directive,
  [4221] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(593), 1,
      sym_flag,
    STATE(187), 1,
      sym_directive,
  [4234] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(595), 1,
      sym__line_end,
    STATE(188), 1,
      sym_directive,
  [4247] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(597), 1,
      sym__line_end,
    STATE(189), 1,
      sym_directive,
  [4260] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(599), 1,
      sym__line_end,
    STATE(190), 1,
      sym_directive,
  [4273] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(601), 1,
      sym__heading_text,
    STATE(191), 1,
      sym_directive,
  [4286] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(603), 1,
      ts_builtin_sym_end,
    STATE(192), 1,
      sym_directive,
  [4299] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(605), 1,
      sym__line_end,
    STATE(193), 1,
      sym_directive,
  [4312] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(607), 1,
      sym__line_end,
    STATE(194), 1,
      sym_directive,
  [4325] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(609), 1,
      sym_flag,
    STATE(195), 1,
      sym_directive,
  [4338] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(611), 1,
      sym__line_end,
    STATE(196), 1,
      sym_directive,
  [4351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(613), 1,
      sym__line_end,
    STATE(197), 1,
      sym_directive,
  [4364] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(615), 1,
      sym__heading_text,
    STATE(198), 1,
      sym_directive,
  [4377] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(617), 1,
      sym__line_end,
    STATE(199), 1,
      sym_directive,
  [4390] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(563), 1,
      anon_sym_RBRACK,
    STATE(200), 1,
      sym_directive,
  [4403] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(619), 1,
      sym__line_end,
    STATE(201), 1,
      sym_directive,
  [4416] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(621), 1,
      sym__line_end,
    STATE(202), 1,
      sym_directive,
  [4429] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(623), 1,
      sym_date,
    STATE(203), 1,
      sym_directive,
  [4442] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(625), 1,
      sym_value,
    STATE(204), 1,
      sym_directive,
  [4455] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(627), 1,
      sym__line_end,
    STATE(205), 1,
      sym_directive,
  [4468] = 1,
    ACTIONS(629), 1,
      ts_builtin_sym_end,
  [4472] = 1,
    ACTIONS(631), 1,
      ts_builtin_sym_end,
  [4476] = 1,
    ACTIONS(633), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 73,
  [SMALL_STATE(4)] = 146,
  [SMALL_STATE(5)] = 219,
  [SMALL_STATE(6)] = 292,
  [SMALL_STATE(7)] = 361,
  [SMALL_STATE(8)] = 416,
  [SMALL_STATE(9)] = 473,
  [SMALL_STATE(10)] = 530,
  [SMALL_STATE(11)] = 587,
  [SMALL_STATE(12)] = 644,
  [SMALL_STATE(13)] = 701,
  [SMALL_STATE(14)] = 756,
  [SMALL_STATE(15)] = 811,
  [SMALL_STATE(16)] = 866,
  [SMALL_STATE(17)] = 908,
  [SMALL_STATE(18)] = 952,
  [SMALL_STATE(19)] = 996,
  [SMALL_STATE(20)] = 1045,
  [SMALL_STATE(21)] = 1083,
  [SMALL_STATE(22)] = 1128,
  [SMALL_STATE(23)] = 1173,
  [SMALL_STATE(24)] = 1216,
  [SMALL_STATE(25)] = 1240,
  [SMALL_STATE(26)] = 1266,
  [SMALL_STATE(27)] = 1290,
  [SMALL_STATE(28)] = 1324,
  [SMALL_STATE(29)] = 1348,
  [SMALL_STATE(30)] = 1372,
  [SMALL_STATE(31)] = 1408,
  [SMALL_STATE(32)] = 1432,
  [SMALL_STATE(33)] = 1456,
  [SMALL_STATE(34)] = 1483,
  [SMALL_STATE(35)] = 1506,
  [SMALL_STATE(36)] = 1529,
  [SMALL_STATE(37)] = 1552,
  [SMALL_STATE(38)] = 1575,
  [SMALL_STATE(39)] = 1598,
  [SMALL_STATE(40)] = 1621,
  [SMALL_STATE(41)] = 1649,
  [SMALL_STATE(42)] = 1677,
  [SMALL_STATE(43)] = 1705,
  [SMALL_STATE(44)] = 1733,
  [SMALL_STATE(45)] = 1759,
  [SMALL_STATE(46)] = 1785,
  [SMALL_STATE(47)] = 1806,
  [SMALL_STATE(48)] = 1827,
  [SMALL_STATE(49)] = 1848,
  [SMALL_STATE(50)] = 1873,
  [SMALL_STATE(51)] = 1898,
  [SMALL_STATE(52)] = 1923,
  [SMALL_STATE(53)] = 1948,
  [SMALL_STATE(54)] = 1971,
  [SMALL_STATE(55)] = 1996,
  [SMALL_STATE(56)] = 2021,
  [SMALL_STATE(57)] = 2041,
  [SMALL_STATE(58)] = 2061,
  [SMALL_STATE(59)] = 2081,
  [SMALL_STATE(60)] = 2101,
  [SMALL_STATE(61)] = 2121,
  [SMALL_STATE(62)] = 2141,
  [SMALL_STATE(63)] = 2158,
  [SMALL_STATE(64)] = 2175,
  [SMALL_STATE(65)] = 2194,
  [SMALL_STATE(66)] = 2217,
  [SMALL_STATE(67)] = 2242,
  [SMALL_STATE(68)] = 2259,
  [SMALL_STATE(69)] = 2276,
  [SMALL_STATE(70)] = 2293,
  [SMALL_STATE(71)] = 2318,
  [SMALL_STATE(72)] = 2335,
  [SMALL_STATE(73)] = 2352,
  [SMALL_STATE(74)] = 2369,
  [SMALL_STATE(75)] = 2386,
  [SMALL_STATE(76)] = 2403,
  [SMALL_STATE(77)] = 2420,
  [SMALL_STATE(78)] = 2445,
  [SMALL_STATE(79)] = 2462,
  [SMALL_STATE(80)] = 2479,
  [SMALL_STATE(81)] = 2496,
  [SMALL_STATE(82)] = 2513,
  [SMALL_STATE(83)] = 2530,
  [SMALL_STATE(84)] = 2547,
  [SMALL_STATE(85)] = 2564,
  [SMALL_STATE(86)] = 2581,
  [SMALL_STATE(87)] = 2598,
  [SMALL_STATE(88)] = 2615,
  [SMALL_STATE(89)] = 2632,
  [SMALL_STATE(90)] = 2649,
  [SMALL_STATE(91)] = 2666,
  [SMALL_STATE(92)] = 2685,
  [SMALL_STATE(93)] = 2702,
  [SMALL_STATE(94)] = 2719,
  [SMALL_STATE(95)] = 2736,
  [SMALL_STATE(96)] = 2753,
  [SMALL_STATE(97)] = 2770,
  [SMALL_STATE(98)] = 2787,
  [SMALL_STATE(99)] = 2804,
  [SMALL_STATE(100)] = 2821,
  [SMALL_STATE(101)] = 2838,
  [SMALL_STATE(102)] = 2855,
  [SMALL_STATE(103)] = 2872,
  [SMALL_STATE(104)] = 2894,
  [SMALL_STATE(105)] = 2912,
  [SMALL_STATE(106)] = 2932,
  [SMALL_STATE(107)] = 2954,
  [SMALL_STATE(108)] = 2976,
  [SMALL_STATE(109)] = 2998,
  [SMALL_STATE(110)] = 3020,
  [SMALL_STATE(111)] = 3042,
  [SMALL_STATE(112)] = 3064,
  [SMALL_STATE(113)] = 3086,
  [SMALL_STATE(114)] = 3108,
  [SMALL_STATE(115)] = 3130,
  [SMALL_STATE(116)] = 3152,
  [SMALL_STATE(117)] = 3174,
  [SMALL_STATE(118)] = 3196,
  [SMALL_STATE(119)] = 3218,
  [SMALL_STATE(120)] = 3236,
  [SMALL_STATE(121)] = 3253,
  [SMALL_STATE(122)] = 3270,
  [SMALL_STATE(123)] = 3289,
  [SMALL_STATE(124)] = 3306,
  [SMALL_STATE(125)] = 3325,
  [SMALL_STATE(126)] = 3344,
  [SMALL_STATE(127)] = 3363,
  [SMALL_STATE(128)] = 3382,
  [SMALL_STATE(129)] = 3401,
  [SMALL_STATE(130)] = 3420,
  [SMALL_STATE(131)] = 3437,
  [SMALL_STATE(132)] = 3456,
  [SMALL_STATE(133)] = 3475,
  [SMALL_STATE(134)] = 3492,
  [SMALL_STATE(135)] = 3511,
  [SMALL_STATE(136)] = 3526,
  [SMALL_STATE(137)] = 3545,
  [SMALL_STATE(138)] = 3564,
  [SMALL_STATE(139)] = 3583,
  [SMALL_STATE(140)] = 3597,
  [SMALL_STATE(141)] = 3611,
  [SMALL_STATE(142)] = 3627,
  [SMALL_STATE(143)] = 3641,
  [SMALL_STATE(144)] = 3657,
  [SMALL_STATE(145)] = 3671,
  [SMALL_STATE(146)] = 3687,
  [SMALL_STATE(147)] = 3701,
  [SMALL_STATE(148)] = 3714,
  [SMALL_STATE(149)] = 3727,
  [SMALL_STATE(150)] = 3740,
  [SMALL_STATE(151)] = 3753,
  [SMALL_STATE(152)] = 3766,
  [SMALL_STATE(153)] = 3779,
  [SMALL_STATE(154)] = 3792,
  [SMALL_STATE(155)] = 3805,
  [SMALL_STATE(156)] = 3818,
  [SMALL_STATE(157)] = 3831,
  [SMALL_STATE(158)] = 3844,
  [SMALL_STATE(159)] = 3857,
  [SMALL_STATE(160)] = 3870,
  [SMALL_STATE(161)] = 3883,
  [SMALL_STATE(162)] = 3896,
  [SMALL_STATE(163)] = 3909,
  [SMALL_STATE(164)] = 3922,
  [SMALL_STATE(165)] = 3935,
  [SMALL_STATE(166)] = 3948,
  [SMALL_STATE(167)] = 3961,
  [SMALL_STATE(168)] = 3974,
  [SMALL_STATE(169)] = 3987,
  [SMALL_STATE(170)] = 4000,
  [SMALL_STATE(171)] = 4013,
  [SMALL_STATE(172)] = 4026,
  [SMALL_STATE(173)] = 4039,
  [SMALL_STATE(174)] = 4052,
  [SMALL_STATE(175)] = 4065,
  [SMALL_STATE(176)] = 4078,
  [SMALL_STATE(177)] = 4091,
  [SMALL_STATE(178)] = 4104,
  [SMALL_STATE(179)] = 4117,
  [SMALL_STATE(180)] = 4130,
  [SMALL_STATE(181)] = 4143,
  [SMALL_STATE(182)] = 4156,
  [SMALL_STATE(183)] = 4169,
  [SMALL_STATE(184)] = 4182,
  [SMALL_STATE(185)] = 4195,
  [SMALL_STATE(186)] = 4208,
  [SMALL_STATE(187)] = 4221,
  [SMALL_STATE(188)] = 4234,
  [SMALL_STATE(189)] = 4247,
  [SMALL_STATE(190)] = 4260,
  [SMALL_STATE(191)] = 4273,
  [SMALL_STATE(192)] = 4286,
  [SMALL_STATE(193)] = 4299,
  [SMALL_STATE(194)] = 4312,
  [SMALL_STATE(195)] = 4325,
  [SMALL_STATE(196)] = 4338,
  [SMALL_STATE(197)] = 4351,
  [SMALL_STATE(198)] = 4364,
  [SMALL_STATE(199)] = 4377,
  [SMALL_STATE(200)] = 4390,
  [SMALL_STATE(201)] = 4403,
  [SMALL_STATE(202)] = 4416,
  [SMALL_STATE(203)] = 4429,
  [SMALL_STATE(204)] = 4442,
  [SMALL_STATE(205)] = 4455,
  [SMALL_STATE(206)] = 4468,
  [SMALL_STATE(207)] = 4472,
  [SMALL_STATE(208)] = 4476,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 0, 0, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [23] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 3, 0, 3),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(182),
  [31] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 3, 0, 3),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 4, 0, 3),
  [39] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 4, 0, 3),
  [41] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 4, 0, 5),
  [43] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 4, 0, 5),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 5, 0, 5),
  [47] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 5, 0, 5),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 1, 0, 0),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 2, 0, 0),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 3, 0, 0),
  [57] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 5, 0, 3),
  [59] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 5, 0, 3),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 6, 0, 5),
  [63] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 6, 0, 5),
  [65] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0),
  [67] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(117),
  [70] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(164),
  [73] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(147),
  [76] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(167),
  [79] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0),
  [81] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(32),
  [84] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report_header, 4, 0, 2),
  [86] = {.entry = {.count = 1, .reusable = false}}, SHIFT(117),
  [88] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [90] = {.entry = {.count = 1, .reusable = false}}, SHIFT(147),
  [92] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [94] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_report_header, 4, 0, 2),
  [96] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [98] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report_header, 3, 0, 2),
  [100] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_report_header, 3, 0, 2),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(198),
  [109] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(121),
  [112] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(130),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(57),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0),
  [120] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(114),
  [123] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(204),
  [126] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [129] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(39),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose_section, 3, 0, 3),
  [136] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_prose_section, 3, 0, 3),
  [138] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose_section, 4, 0, 3),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_prose_section, 4, 0, 3),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0),
  [146] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(121),
  [149] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(130),
  [152] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(57),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 1, 0, 0),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 1, 0, 0),
  [159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(176),
  [161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dateline_field, 3, 0, 11),
  [167] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_dateline_field, 3, 0, 11),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [171] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [173] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [176] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_field, 3, 0, 11),
  [181] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_source_field, 3, 0, 11),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place_field, 3, 0, 11),
  [185] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_place_field, 3, 0, 11),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [189] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_author_field, 3, 0, 11),
  [193] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_author_field, 3, 0, 11),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__blank, 1, 0, 0),
  [197] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__blank, 1, 0, 0),
  [199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0),
  [201] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0), SHIFT_REPEAT(47),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 1, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 1, 0, 0),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_date_field, 3, 0, 11),
  [212] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_date_field, 3, 0, 11),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_kind_field, 3, 0, 11),
  [216] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_kind_field, 3, 0, 11),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__leading_blank, 1, 0, 0),
  [220] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__leading_blank, 1, 0, 0),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendees_section, 4, 0, 3),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitments_section, 3, 0, 3),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendees_section, 3, 0, 3),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitments_section, 4, 0, 3),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0),
  [238] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0), SHIFT_REPEAT(143),
  [241] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0), SHIFT_REPEAT(63),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0),
  [246] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0), SHIFT_REPEAT(104),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0), SHIFT_REPEAT(63),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 1, 0, 0),
  [254] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat1, 1, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 6, 0, 3),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 7, 0, 5),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 2, 0, 0),
  [264] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 2, 0, 0), SHIFT_REPEAT(25),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 1, 0, 0),
  [269] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 1, 0, 0),
  [271] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2, 0, 0),
  [273] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2, 0, 0),
  [275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 1, 0, 0),
  [277] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 1, 0, 0),
  [279] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__prose_block, 1, 0, 0),
  [281] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__prose_block, 1, 0, 0),
  [283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 0),
  [285] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 0),
  [287] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 30),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__date_value, 1, 0, 0),
  [293] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [296] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 1, 0, 0),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 1, 0, 0),
  [309] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 3, 0, 10),
  [311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(108),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 4, 0, 10),
  [321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 4, 0, 13),
  [323] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 10),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 16),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 17),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 18),
  [331] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 5, 0, 19),
  [339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 21),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 16),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 22),
  [345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 18),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 23),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 6, 0, 24),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 6, 0, 25),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 26),
  [355] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 27),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 28),
  [359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 18),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 29),
  [363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 7, 0, 31),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 32),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 33),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 34),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 29),
  [377] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 35),
  [379] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 37),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 38),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 39),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 10, 0, 40),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 20),
  [389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 4, 0, 0),
  [391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [393] = {.entry = {.count = 1, .reusable = false}}, SHIFT(142),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 2, 0, 0),
  [397] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 2, 0, 0), SHIFT_REPEAT(191),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 15),
  [440] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 15), SHIFT_REPEAT(119),
  [443] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_handle_ref, 1, 0, 0),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_handle_ref, 1, 0, 0),
  [447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [451] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 8), SHIFT_REPEAT(158),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 8),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [474] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_line_repeat1, 1, 0, 0),
  [476] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 1, 0, 0),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [482] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_flags_repeat1, 2, 0, 0), SHIFT_REPEAT(187),
  [485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_flags_repeat1, 2, 0, 0),
  [487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [489] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 1, 0, 0),
  [491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 6),
  [501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 14),
  [503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_party, 1, 0, 0),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [511] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 1, 0, 0),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flags, 4, 0, 0),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__date_value, 1, 0, 9),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting_id, 3, 0, 10),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_date_range, 3, 0, 12),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flags, 3, 0, 0),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_due, 4, 0, 36),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [603] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, 0, 4),
  [631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 5, 0, 7),
  [633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 1),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__line_end = 0,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__line_end] = sym__line_end,
};

static const bool ts_external_scanner_states[2][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__line_end] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_readout_external_scanner_create(void);
void tree_sitter_readout_external_scanner_destroy(void *);
bool tree_sitter_readout_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_readout_external_scanner_serialize(void *, char *);
void tree_sitter_readout_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_readout(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_readout_external_scanner_create,
      tree_sitter_readout_external_scanner_destroy,
      tree_sitter_readout_external_scanner_scan,
      tree_sitter_readout_external_scanner_serialize,
      tree_sitter_readout_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
