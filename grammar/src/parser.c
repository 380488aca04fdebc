#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 209
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 83
#define ALIAS_COUNT 3
#define TOKEN_COUNT 42
#define EXTERNAL_TOKEN_COUNT 4
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
  anon_sym_COLON = 20,
  anon_sym_PIPE = 21,
  sym__item = 22,
  sym__cell = 23,
  sym_handle = 24,
  anon_sym_LBRACK = 25,
  anon_sym_COMMA = 26,
  anon_sym_RBRACK = 27,
  sym_flag = 28,
  sym_all = 29,
  sym__party_name = 30,
  sym__commitment_text = 31,
  anon_sym_due = 32,
  sym_text = 33,
  sym_comment = 34,
  aux_sym_directive_token1 = 35,
  anon_sym_DASH_DASH_GT = 36,
  sym_directive_kind = 37,
  sym_rule_id = 38,
  sym__line_end = 39,
  sym_attendees_keyword = 40,
  sym_commitments_keyword = 41,
  sym_report = 42,
  sym__blank = 43,
  sym__leading_blank = 44,
  sym_report_header = 45,
  sym_dateline_field = 46,
  sym_date_field = 47,
  sym_place_field = 48,
  sym_kind_field = 49,
  sym_source_field = 50,
  sym_author_field = 51,
  sym__date_value = 52,
  sym_date_range = 53,
  sym_meeting = 54,
  sym_meeting_id = 55,
  sym_attendees_section = 56,
  sym_attendee = 57,
  sym_flags = 58,
  sym_commitments_section = 59,
  sym_commitment = 60,
  sym_party = 61,
  sym_due = 62,
  sym_prose_section = 63,
  sym__prose_block = 64,
  sym_paragraph = 65,
  sym_line = 66,
  sym_handle_ref = 67,
  sym_directive = 68,
  aux_sym_report_repeat1 = 69,
  aux_sym_report_repeat2 = 70,
  aux_sym_report_repeat3 = 71,
  aux_sym_report_header_repeat1 = 72,
  aux_sym_meeting_repeat1 = 73,
  aux_sym_meeting_repeat2 = 74,
  aux_sym_meeting_repeat3 = 75,
  aux_sym_attendees_section_repeat1 = 76,
  aux_sym_flags_repeat1 = 77,
  aux_sym_commitments_section_repeat1 = 78,
  aux_sym_commitment_repeat1 = 79,
  aux_sym_paragraph_repeat1 = 80,
  aux_sym_line_repeat1 = 81,
  aux_sym_directive_repeat1 = 82,
  alias_sym_invalid_date = 83,
  alias_sym_organization = 84,
  alias_sym_title = 85,
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
  [anon_sym_COLON] = ":",
  [anon_sym_PIPE] = "|",
  [sym__item] = "_item",
  [sym__cell] = "name",
  [sym_handle] = "handle",
  [anon_sym_LBRACK] = "[",
  [anon_sym_COMMA] = ",",
  [anon_sym_RBRACK] = "]",
  [sym_flag] = "flag",
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
  [sym_attendees_keyword] = "heading",
  [sym_commitments_keyword] = "heading",
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
  [sym__heading_text] = sym_attendees_keyword,
  [aux_sym_attendees_section_token1] = aux_sym_attendees_section_token1,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_PIPE] = anon_sym_PIPE,
  [sym__item] = sym__item,
  [sym__cell] = sym__cell,
  [sym_handle] = sym_handle,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [sym_flag] = sym_flag,
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
  [sym_attendees_keyword] = sym_attendees_keyword,
  [sym_commitments_keyword] = sym_attendees_keyword,
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
  [sym_attendees_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym_commitments_keyword] = {
    .visible = true,
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
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 29,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 37,
  [51] = 51,
  [52] = 52,
  [53] = 36,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 31,
  [61] = 61,
  [62] = 62,
  [63] = 63,
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
  [75] = 31,
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
  [180] = 148,
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
  [200] = 200,
  [201] = 186,
  [202] = 202,
  [203] = 168,
  [204] = 167,
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
      if (eof) ADVANCE(120);
      ADVANCE_MAP(
        '#', 18,
        ',', 162,
        '-', 157,
        '.', 24,
        ':', 155,
        '<', 1,
        '@', 113,
        'A', 99,
        'D', 79,
        '[', 161,
        ']', 163,
        'a', 65,
        'd', 63,
        'e', 71,
        't', 73,
        '{', 15,
        '|', 156,
        '}', 151,
        0x2013, 138,
        0x2014, 139,
        'K', 88,
        'k', 88,
        'P', 90,
        'p', 90,
        'S', 93,
        's', 93,
      );
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(0);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(112);
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
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 3:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 5:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 6:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 7:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 8:
      if (lookahead == '!') ADVANCE(22);
      if (((!eof && set_contains(sym__party_name_character_set_1, 9, lookahead))) &&
          lookahead != '\t' &&
          lookahead != 0x0b &&
          lookahead != '\f' &&
          lookahead != ' ') ADVANCE(170);
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
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 10:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 11:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 12:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 13:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!') ADVANCE(147);
      END_STATE();
    case 14:
      if (lookahead == '!') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 15:
      if (lookahead == '#') ADVANCE(149);
      END_STATE();
    case 16:
      if (lookahead == '#') ADVANCE(77);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(148);
      END_STATE();
    case 17:
      if (lookahead == '#') ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == '#') ADVANCE(16);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      END_STATE();
    case 19:
      if (lookahead == ',') ADVANCE(162);
      if (lookahead == '-') ADVANCE(21);
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(19);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(241);
      END_STATE();
    case 20:
      if (lookahead == '-') ADVANCE(230);
      END_STATE();
    case 21:
      if (lookahead == '-') ADVANCE(54);
      END_STATE();
    case 22:
      if (lookahead == '-') ADVANCE(20);
      END_STATE();
    case 23:
      if (lookahead == '-') ADVANCE(67);
      END_STATE();
    case 24:
      if (lookahead == '.') ADVANCE(137);
      END_STATE();
    case 25:
      if (lookahead == ':') ADVANCE(123);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(25);
      END_STATE();
    case 26:
      if (lookahead == ':') ADVANCE(123);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(25);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(89);
      END_STATE();
    case 27:
      if (lookahead == ':') ADVANCE(125);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(27);
      END_STATE();
    case 28:
      if (lookahead == ':') ADVANCE(124);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(28);
      END_STATE();
    case 29:
      if (lookahead == ':') ADVANCE(127);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(29);
      END_STATE();
    case 30:
      if (lookahead == ':') ADVANCE(126);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(30);
      END_STATE();
    case 31:
      if (lookahead == ':') ADVANCE(122);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(31);
      END_STATE();
    case 32:
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(32);
      if (set_contains(aux_sym_meeting_id_token1_character_set_1, 478, lookahead)) ADVANCE(150);
      END_STATE();
    case 33:
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(194);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 34:
      if (lookahead == '<') ADVANCE(9);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == '[') ADVANCE(161);
      if (lookahead == '|') ADVANCE(156);
      if (lookahead == 0xfeff) ADVANCE(158);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(34);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(159);
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '<', 2,
        '@', 113,
        '[', 161,
        '|', 156,
        0xfeff, 158,
        '\t', 35,
        ' ', 35,
        0x0b, 36,
        '\f', 36,
      );
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ']') ADVANCE(159);
      END_STATE();
    case 36:
      if (lookahead == '<') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 37:
      if (lookahead == '<') ADVANCE(13);
      if (lookahead == 0xfeff) ADVANCE(140);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(37);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(146);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 38:
      if (lookahead == '<') ADVANCE(13);
      if (lookahead == 0xfeff) ADVANCE(141);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(38);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 39:
      if (lookahead == '<') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(140);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(146);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 40:
      if (lookahead == '<') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(141);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 41:
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 42:
      if (lookahead == '<') ADVANCE(8);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == 'a') ADVANCE(169);
      if (lookahead == 0xfeff) ADVANCE(171);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 43:
      if (lookahead == '<') ADVANCE(104);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 44:
      if (lookahead == '<') ADVANCE(4);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == 'a') ADVANCE(169);
      if (lookahead == 0xfeff) ADVANCE(171);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(44);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != ':' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 45:
      if (lookahead == '<') ADVANCE(12);
      if (lookahead == 0xfeff) ADVANCE(152);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(45);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 46:
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(152);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 47:
      if (lookahead == '<') ADVANCE(105);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 48:
      if (lookahead == '<') ADVANCE(10);
      if (lookahead == 0xfeff) ADVANCE(164);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(48);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 49:
      if (lookahead == '<') ADVANCE(6);
      if (lookahead == 0xfeff) ADVANCE(164);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 50:
      if (lookahead == '<') ADVANCE(106);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 51:
      if (lookahead == '<') ADVANCE(11);
      if (lookahead == 0xfeff) ADVANCE(172);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(51);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 52:
      if (lookahead == '<') ADVANCE(7);
      if (lookahead == 0xfeff) ADVANCE(172);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 53:
      if (lookahead == '<') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 54:
      if (lookahead == '>') ADVANCE(238);
      END_STATE();
    case 55:
      if (lookahead == 'a') ADVANCE(57);
      END_STATE();
    case 56:
      if (lookahead == 'a') ADVANCE(58);
      END_STATE();
    case 57:
      if (lookahead == 'b') ADVANCE(69);
      END_STATE();
    case 58:
      if (lookahead == 'b') ADVANCE(70);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(174);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(239);
      END_STATE();
    case 61:
      if (lookahead == 'e') ADVANCE(240);
      END_STATE();
    case 62:
      if (lookahead == 'e') ADVANCE(76);
      END_STATE();
    case 63:
      if (lookahead == 'i') ADVANCE(74);
      if (lookahead == 'u') ADVANCE(59);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(98);
      END_STATE();
    case 64:
      if (lookahead == 'i') ADVANCE(72);
      END_STATE();
    case 65:
      if (lookahead == 'l') ADVANCE(66);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(97);
      END_STATE();
    case 66:
      if (lookahead == 'l') ADVANCE(166);
      END_STATE();
    case 67:
      if (lookahead == 'l') ADVANCE(64);
      END_STATE();
    case 68:
      if (lookahead == 'l') ADVANCE(64);
      if (lookahead == 'n') ADVANCE(62);
      END_STATE();
    case 69:
      if (lookahead == 'l') ADVANCE(60);
      END_STATE();
    case 70:
      if (lookahead == 'l') ADVANCE(61);
      END_STATE();
    case 71:
      if (lookahead == 'n') ADVANCE(55);
      END_STATE();
    case 72:
      if (lookahead == 'n') ADVANCE(60);
      END_STATE();
    case 73:
      if (lookahead == 'o') ADVANCE(136);
      END_STATE();
    case 74:
      if (lookahead == 's') ADVANCE(56);
      END_STATE();
    case 75:
      if (lookahead == 't') ADVANCE(23);
      END_STATE();
    case 76:
      if (lookahead == 'x') ADVANCE(75);
      END_STATE();
    case 77:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(154);
      END_STATE();
    case 78:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(80);
      END_STATE();
    case 79:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(98);
      END_STATE();
    case 80:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(84);
      END_STATE();
    case 81:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(85);
      END_STATE();
    case 82:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(27);
      END_STATE();
    case 83:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(26);
      END_STATE();
    case 84:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(28);
      END_STATE();
    case 85:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(30);
      END_STATE();
    case 86:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(31);
      END_STATE();
    case 87:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(94);
      END_STATE();
    case 88:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(91);
      END_STATE();
    case 89:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(92);
      END_STATE();
    case 90:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(78);
      END_STATE();
    case 91:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(82);
      END_STATE();
    case 92:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(86);
      END_STATE();
    case 93:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(100);
      END_STATE();
    case 94:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(95);
      END_STATE();
    case 95:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(29);
      END_STATE();
    case 96:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(81);
      END_STATE();
    case 97:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(87);
      END_STATE();
    case 98:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(83);
      END_STATE();
    case 99:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(97);
      END_STATE();
    case 100:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(96);
      END_STATE();
    case 101:
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(101);
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(160);
      END_STATE();
    case 102:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 103:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!') ADVANCE(147);
      END_STATE();
    case 104:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(43);
      if ((!eof && set_contains(sym__party_name_character_set_1, 9, lookahead))) ADVANCE(170);
      END_STATE();
    case 105:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 106:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 107:
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '!' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 108:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(129);
      END_STATE();
    case 109:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(132);
      END_STATE();
    case 110:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(135);
      END_STATE();
    case 111:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(108);
      END_STATE();
    case 112:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(111);
      END_STATE();
    case 113:
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(160);
      END_STATE();
    case 114:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '!') ADVANCE(223);
      END_STATE();
    case 115:
      if (eof) ADVANCE(120);
      if (lookahead == '#') ADVANCE(180);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(175);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 116:
      if (eof) ADVANCE(120);
      ADVANCE_MAP(
        '#', 181,
        '<', 14,
        '@', 113,
        'A', 222,
        'a', 222,
        'D', 198,
        'd', 198,
        'P', 210,
        'p', 210,
        'S', 214,
        's', 214,
        '\t', 177,
        ' ', 177,
        0xfeff, 177,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 117:
      if (eof) ADVANCE(120);
      ADVANCE_MAP(
        '#', 181,
        '<', 14,
        '@', 113,
        'D', 196,
        'd', 196,
        'K', 208,
        'k', 208,
        'P', 210,
        'p', 210,
        '\t', 178,
        ' ', 178,
        0xfeff, 178,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 118:
      if (eof) ADVANCE(120);
      if (lookahead == '#') ADVANCE(181);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '@') ADVANCE(113);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(179);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 119:
      if (eof) ADVANCE(120);
      if (lookahead == '#') ADVANCE(17);
      if (lookahead == '-') ADVANCE(157);
      if (lookahead == '<') ADVANCE(1);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) SKIP(119);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(241);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(aux_sym_report_header_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(aux_sym_dateline_field_token1);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(aux_sym_date_field_token1);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(aux_sym_place_field_token1);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(aux_sym_kind_field_token1);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(aux_sym_source_field_token1);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(aux_sym_author_field_token1);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_date);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(109);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(144);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(110);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(110);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(131);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(142);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym_date);
      if (lookahead == '-') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(133);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_date);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(128);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_to);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_DOT_DOT);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_u2013);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_u2014);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(140);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(39);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(146);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(3);
      if (lookahead == 0xfeff) ADVANCE(141);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(40);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(135);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(130);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(134);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(143);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(145);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_value);
      if (lookahead == '<') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(147);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(aux_sym_meeting_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(148);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_LBRACE_POUND);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(aux_sym_meeting_id_token1);
      if (set_contains(aux_sym_meeting_id_token1_character_set_1, 478, lookahead)) ADVANCE(150);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(5);
      if (lookahead == 0xfeff) ADVANCE(152);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(46);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym__heading_text);
      if (lookahead == '<') ADVANCE(105);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(47);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '{') ADVANCE(153);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(aux_sym_attendees_section_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(154);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym__item);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym__cell);
      if (lookahead == '<') ADVANCE(2);
      if (lookahead == 0xfeff) ADVANCE(158);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(35);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym__cell);
      if (lookahead == '<') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(36);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '@' &&
          lookahead != '[' &&
          lookahead != ']' &&
          lookahead != '|') ADVANCE(159);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_handle);
      if (lookahead == '-' ||
          lookahead == '.') ADVANCE(101);
      if (set_contains(sym_handle_character_set_1, 477, lookahead)) ADVANCE(160);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_flag);
      if (lookahead == '<') ADVANCE(6);
      if (lookahead == 0xfeff) ADVANCE(164);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(49);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_flag);
      if (lookahead == '<') ADVANCE(106);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(50);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ',' &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(165);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_all);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_all);
      if (lookahead == '<') ADVANCE(104);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(104);
      if (lookahead == 'l') ADVANCE(167);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(104);
      if (lookahead == 'l') ADVANCE(168);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(104);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym__party_name);
      if (lookahead == '<') ADVANCE(4);
      if (lookahead == 'a') ADVANCE(169);
      if (lookahead == 0xfeff) ADVANCE(171);
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
          lookahead != ']') ADVANCE(170);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym__commitment_text);
      if (lookahead == '<') ADVANCE(7);
      if (lookahead == 0xfeff) ADVANCE(172);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__commitment_text);
      if (lookahead == '<') ADVANCE(107);
      if (lookahead == '\t' ||
          lookahead == 0x0b ||
          lookahead == '\f' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '[' &&
          lookahead != ']') ADVANCE(173);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(anon_sym_due);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(180);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(175);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(195);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(148);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_text);
      ADVANCE_MAP(
        '#', 181,
        '<', 14,
        'A', 222,
        'a', 222,
        'D', 198,
        'd', 198,
        'P', 210,
        'p', 210,
        'S', 214,
        's', 214,
        '\t', 177,
        ' ', 177,
        0xfeff, 177,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_text);
      ADVANCE_MAP(
        '#', 181,
        '<', 14,
        'D', 196,
        'd', 196,
        'K', 208,
        'k', 208,
        'P', 210,
        'p', 210,
        '\t', 178,
        ' ', 178,
        0xfeff, 178,
      );
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(181);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(179);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(176);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '#') ADVANCE(176);
      if (lookahead == '<') ADVANCE(114);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(123);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(182);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(123);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(182);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(125);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(184);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(125);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(184);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(124);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(186);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(124);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(186);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(127);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(188);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(127);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(188);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(126);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(190);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(126);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(190);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(122);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(192);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == ':') ADVANCE(122);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(192);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(14);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xfeff) ADVANCE(194);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(154);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(218);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(199);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(204);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(205);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(185);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(183);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(211);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(187);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(191);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(193);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(215);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(212);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(213);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(197);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(209);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(201);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(206);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(221);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(216);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(189);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(200);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(202);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(207);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(203);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(217);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(219);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          (lookahead < '@' || 'Z' < lookahead)) ADVANCE(223);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_text);
      if (lookahead == '<') ADVANCE(114);
      if ((set_contains(sym_handle_character_set_1, 477, lookahead)) &&
          lookahead != '_') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(223);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'a') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'd') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'e') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'o') ADVANCE(232);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'r') ADVANCE(228);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(230);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 't') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead == 'u') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(234);
      if (lookahead == '>') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '-') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(233);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(aux_sym_directive_token1);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(anon_sym_DASH_DASH_GT);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_directive_kind);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_directive_kind);
      if (lookahead == '-') ADVANCE(68);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_rule_id);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(241);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 115, .external_lex_state = 2},
  [2] = {.lex_state = 117, .external_lex_state = 2},
  [3] = {.lex_state = 117, .external_lex_state = 2},
  [4] = {.lex_state = 117, .external_lex_state = 2},
  [5] = {.lex_state = 117, .external_lex_state = 2},
  [6] = {.lex_state = 115, .external_lex_state = 2},
  [7] = {.lex_state = 118, .external_lex_state = 2},
  [8] = {.lex_state = 118, .external_lex_state = 2},
  [9] = {.lex_state = 118, .external_lex_state = 2},
  [10] = {.lex_state = 118, .external_lex_state = 2},
  [11] = {.lex_state = 118, .external_lex_state = 2},
  [12] = {.lex_state = 118, .external_lex_state = 2},
  [13] = {.lex_state = 118, .external_lex_state = 2},
  [14] = {.lex_state = 118, .external_lex_state = 2},
  [15] = {.lex_state = 118, .external_lex_state = 2},
  [16] = {.lex_state = 116, .external_lex_state = 2},
  [17] = {.lex_state = 116, .external_lex_state = 2},
  [18] = {.lex_state = 116, .external_lex_state = 2},
  [19] = {.lex_state = 118, .external_lex_state = 2},
  [20] = {.lex_state = 117, .external_lex_state = 2},
  [21] = {.lex_state = 118, .external_lex_state = 2},
  [22] = {.lex_state = 118, .external_lex_state = 2},
  [23] = {.lex_state = 118, .external_lex_state = 2},
  [24] = {.lex_state = 118, .external_lex_state = 2},
  [25] = {.lex_state = 116, .external_lex_state = 2},
  [26] = {.lex_state = 118, .external_lex_state = 2},
  [27] = {.lex_state = 116, .external_lex_state = 2},
  [28] = {.lex_state = 116, .external_lex_state = 2},
  [29] = {.lex_state = 116, .external_lex_state = 2},
  [30] = {.lex_state = 116, .external_lex_state = 2},
  [31] = {.lex_state = 116, .external_lex_state = 2},
  [32] = {.lex_state = 117, .external_lex_state = 2},
  [33] = {.lex_state = 117, .external_lex_state = 2},
  [34] = {.lex_state = 117, .external_lex_state = 2},
  [35] = {.lex_state = 115, .external_lex_state = 2},
  [36] = {.lex_state = 117, .external_lex_state = 2},
  [37] = {.lex_state = 117, .external_lex_state = 2},
  [38] = {.lex_state = 117, .external_lex_state = 2},
  [39] = {.lex_state = 119, .external_lex_state = 3},
  [40] = {.lex_state = 119, .external_lex_state = 3},
  [41] = {.lex_state = 119, .external_lex_state = 3},
  [42] = {.lex_state = 119, .external_lex_state = 3},
  [43] = {.lex_state = 119, .external_lex_state = 3},
  [44] = {.lex_state = 119, .external_lex_state = 3},
  [45] = {.lex_state = 0},
  [46] = {.lex_state = 115, .external_lex_state = 2},
  [47] = {.lex_state = 0},
  [48] = {.lex_state = 0},
  [49] = {.lex_state = 0},
  [50] = {.lex_state = 115, .external_lex_state = 2},
  [51] = {.lex_state = 0},
  [52] = {.lex_state = 0},
  [53] = {.lex_state = 115, .external_lex_state = 2},
  [54] = {.lex_state = 0},
  [55] = {.lex_state = 118, .external_lex_state = 2},
  [56] = {.lex_state = 118, .external_lex_state = 2},
  [57] = {.lex_state = 118, .external_lex_state = 2},
  [58] = {.lex_state = 118, .external_lex_state = 2},
  [59] = {.lex_state = 118, .external_lex_state = 2},
  [60] = {.lex_state = 118, .external_lex_state = 2},
  [61] = {.lex_state = 119, .external_lex_state = 3},
  [62] = {.lex_state = 119, .external_lex_state = 3},
  [63] = {.lex_state = 0, .external_lex_state = 3},
  [64] = {.lex_state = 33, .external_lex_state = 2},
  [65] = {.lex_state = 33, .external_lex_state = 2},
  [66] = {.lex_state = 119, .external_lex_state = 3},
  [67] = {.lex_state = 119, .external_lex_state = 3},
  [68] = {.lex_state = 119, .external_lex_state = 3},
  [69] = {.lex_state = 34, .external_lex_state = 3},
  [70] = {.lex_state = 119, .external_lex_state = 3},
  [71] = {.lex_state = 119, .external_lex_state = 3},
  [72] = {.lex_state = 119, .external_lex_state = 3},
  [73] = {.lex_state = 119, .external_lex_state = 3},
  [74] = {.lex_state = 119, .external_lex_state = 3},
  [75] = {.lex_state = 119, .external_lex_state = 3},
  [76] = {.lex_state = 119, .external_lex_state = 3},
  [77] = {.lex_state = 119, .external_lex_state = 3},
  [78] = {.lex_state = 119, .external_lex_state = 3},
  [79] = {.lex_state = 119, .external_lex_state = 3},
  [80] = {.lex_state = 119, .external_lex_state = 3},
  [81] = {.lex_state = 119, .external_lex_state = 3},
  [82] = {.lex_state = 119, .external_lex_state = 3},
  [83] = {.lex_state = 119, .external_lex_state = 3},
  [84] = {.lex_state = 119, .external_lex_state = 3},
  [85] = {.lex_state = 119, .external_lex_state = 3},
  [86] = {.lex_state = 119, .external_lex_state = 3},
  [87] = {.lex_state = 119, .external_lex_state = 3},
  [88] = {.lex_state = 119, .external_lex_state = 3},
  [89] = {.lex_state = 119, .external_lex_state = 3},
  [90] = {.lex_state = 119, .external_lex_state = 3},
  [91] = {.lex_state = 0},
  [92] = {.lex_state = 119, .external_lex_state = 3},
  [93] = {.lex_state = 119, .external_lex_state = 3},
  [94] = {.lex_state = 119, .external_lex_state = 3},
  [95] = {.lex_state = 119, .external_lex_state = 3},
  [96] = {.lex_state = 119, .external_lex_state = 3},
  [97] = {.lex_state = 119, .external_lex_state = 3},
  [98] = {.lex_state = 119, .external_lex_state = 3},
  [99] = {.lex_state = 119, .external_lex_state = 3},
  [100] = {.lex_state = 119, .external_lex_state = 3},
  [101] = {.lex_state = 34, .external_lex_state = 3},
  [102] = {.lex_state = 0},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 37},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 42},
  [107] = {.lex_state = 34, .external_lex_state = 3},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 34, .external_lex_state = 3},
  [110] = {.lex_state = 0, .external_lex_state = 3},
  [111] = {.lex_state = 42},
  [112] = {.lex_state = 0, .external_lex_state = 3},
  [113] = {.lex_state = 34, .external_lex_state = 3},
  [114] = {.lex_state = 0, .external_lex_state = 3},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 37},
  [117] = {.lex_state = 34, .external_lex_state = 3},
  [118] = {.lex_state = 0, .external_lex_state = 3},
  [119] = {.lex_state = 0},
  [120] = {.lex_state = 33, .external_lex_state = 2},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0, .external_lex_state = 3},
  [123] = {.lex_state = 19},
  [124] = {.lex_state = 0, .external_lex_state = 3},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 45, .external_lex_state = 4},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0, .external_lex_state = 3},
  [129] = {.lex_state = 0, .external_lex_state = 3},
  [130] = {.lex_state = 33, .external_lex_state = 2},
  [131] = {.lex_state = 19},
  [132] = {.lex_state = 0},
  [133] = {.lex_state = 0, .external_lex_state = 3},
  [134] = {.lex_state = 0, .external_lex_state = 3},
  [135] = {.lex_state = 0},
  [136] = {.lex_state = 19},
  [137] = {.lex_state = 0, .external_lex_state = 3},
  [138] = {.lex_state = 0},
  [139] = {.lex_state = 0},
  [140] = {.lex_state = 0},
  [141] = {.lex_state = 34},
  [142] = {.lex_state = 19},
  [143] = {.lex_state = 0},
  [144] = {.lex_state = 19},
  [145] = {.lex_state = 0},
  [146] = {.lex_state = 0},
  [147] = {.lex_state = 0, .external_lex_state = 3},
  [148] = {.lex_state = 38},
  [149] = {.lex_state = 0},
  [150] = {.lex_state = 0, .external_lex_state = 3},
  [151] = {.lex_state = 0, .external_lex_state = 3},
  [152] = {.lex_state = 0},
  [153] = {.lex_state = 0, .external_lex_state = 3},
  [154] = {.lex_state = 38},
  [155] = {.lex_state = 0, .external_lex_state = 3},
  [156] = {.lex_state = 0, .external_lex_state = 3},
  [157] = {.lex_state = 0, .external_lex_state = 3},
  [158] = {.lex_state = 0},
  [159] = {.lex_state = 32},
  [160] = {.lex_state = 0, .external_lex_state = 3},
  [161] = {.lex_state = 0, .external_lex_state = 3},
  [162] = {.lex_state = 48},
  [163] = {.lex_state = 0, .external_lex_state = 3},
  [164] = {.lex_state = 34},
  [165] = {.lex_state = 0, .external_lex_state = 3},
  [166] = {.lex_state = 51},
  [167] = {.lex_state = 0},
  [168] = {.lex_state = 0, .external_lex_state = 3},
  [169] = {.lex_state = 0, .external_lex_state = 3},
  [170] = {.lex_state = 0, .external_lex_state = 3},
  [171] = {.lex_state = 0, .external_lex_state = 3},
  [172] = {.lex_state = 0, .external_lex_state = 3},
  [173] = {.lex_state = 0, .external_lex_state = 3},
  [174] = {.lex_state = 0, .external_lex_state = 3},
  [175] = {.lex_state = 0},
  [176] = {.lex_state = 0, .external_lex_state = 3},
  [177] = {.lex_state = 0, .external_lex_state = 3},
  [178] = {.lex_state = 0, .external_lex_state = 3},
  [179] = {.lex_state = 45},
  [180] = {.lex_state = 38},
  [181] = {.lex_state = 0},
  [182] = {.lex_state = 51},
  [183] = {.lex_state = 38},
  [184] = {.lex_state = 38},
  [185] = {.lex_state = 0, .external_lex_state = 3},
  [186] = {.lex_state = 0, .external_lex_state = 3},
  [187] = {.lex_state = 0, .external_lex_state = 3},
  [188] = {.lex_state = 0, .external_lex_state = 3},
  [189] = {.lex_state = 0, .external_lex_state = 3},
  [190] = {.lex_state = 0, .external_lex_state = 3},
  [191] = {.lex_state = 0, .external_lex_state = 3},
  [192] = {.lex_state = 0, .external_lex_state = 3},
  [193] = {.lex_state = 0, .external_lex_state = 3},
  [194] = {.lex_state = 0, .external_lex_state = 3},
  [195] = {.lex_state = 48},
  [196] = {.lex_state = 0, .external_lex_state = 3},
  [197] = {.lex_state = 45},
  [198] = {.lex_state = 0},
  [199] = {.lex_state = 0, .external_lex_state = 3},
  [200] = {.lex_state = 0, .external_lex_state = 3},
  [201] = {.lex_state = 0},
  [202] = {.lex_state = 45},
  [203] = {.lex_state = 0, .external_lex_state = 3},
  [204] = {.lex_state = 0},
  [205] = {.lex_state = 119},
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
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_PIPE] = ACTIONS(1),
    [sym__item] = ACTIONS(1),
    [sym_handle] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [sym_all] = ACTIONS(1),
    [anon_sym_due] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [aux_sym_directive_token1] = ACTIONS(5),
    [anon_sym_DASH_DASH_GT] = ACTIONS(1),
    [sym_directive_kind] = ACTIONS(1),
    [sym__line_end] = ACTIONS(1),
    [sym_attendees_keyword] = ACTIONS(1),
    [sym_commitments_keyword] = ACTIONS(1),
  },
  [1] = {
    [sym_report] = STATE(198),
    [sym__blank] = STATE(56),
    [sym__leading_blank] = STATE(46),
    [sym_report_header] = STATE(10),
    [sym_meeting] = STATE(146),
    [sym_prose_section] = STATE(56),
    [sym__prose_block] = STATE(57),
    [sym_paragraph] = STATE(56),
    [sym_line] = STATE(55),
    [sym_handle_ref] = STATE(130),
    [sym_directive] = STATE(1),
    [aux_sym_report_repeat1] = STATE(6),
    [aux_sym_report_repeat2] = STATE(15),
    [aux_sym_report_repeat3] = STATE(108),
    [aux_sym_paragraph_repeat1] = STATE(24),
    [aux_sym_line_repeat1] = STATE(65),
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
    STATE(11), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(51), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(32), 4,
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
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(54), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(32), 4,
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
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(52), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(32), 4,
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
    STATE(7), 1,
      aux_sym_meeting_repeat2,
    STATE(20), 1,
      aux_sym_meeting_repeat1,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(45), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
    STATE(32), 4,
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
    STATE(8), 1,
      aux_sym_report_repeat2,
    STATE(9), 1,
      sym_report_header,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(35), 1,
      aux_sym_report_repeat1,
    STATE(46), 1,
      sym__leading_blank,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
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
    ACTIONS(51), 1,
      ts_builtin_sym_end,
    ACTIONS(53), 1,
      aux_sym_meeting_token1,
    ACTIONS(55), 1,
      sym__line_end,
    STATE(7), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(49), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(57), 1,
      ts_builtin_sym_end,
    STATE(8), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(103), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(57), 1,
      ts_builtin_sym_end,
    STATE(9), 1,
      sym_directive,
    STATE(12), 1,
      aux_sym_report_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(103), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
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
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(55), 1,
      sym__line_end,
    STATE(8), 1,
      aux_sym_report_repeat2,
    STATE(10), 1,
      sym_directive,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [587] = 17,
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
    ACTIONS(55), 1,
      sym__line_end,
    STATE(11), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(54), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [642] = 18,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(59), 1,
      ts_builtin_sym_end,
    STATE(12), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(115), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [699] = 17,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(63), 1,
      aux_sym_meeting_token1,
    STATE(13), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(48), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [754] = 17,
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
    ACTIONS(55), 1,
      sym__line_end,
    STATE(14), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(45), 1,
      aux_sym_meeting_repeat3,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [809] = 18,
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
    ACTIONS(55), 1,
      sym__line_end,
    STATE(15), 1,
      sym_directive,
    STATE(19), 1,
      aux_sym_report_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(105), 1,
      aux_sym_report_repeat3,
    STATE(130), 1,
      sym_handle_ref,
    STATE(146), 1,
      sym_meeting,
    STATE(56), 3,
      sym__blank,
      sym_prose_section,
      sym_paragraph,
  [866] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(65), 1,
      ts_builtin_sym_end,
    ACTIONS(67), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(69), 1,
      aux_sym_place_field_token1,
    ACTIONS(71), 1,
      aux_sym_source_field_token1,
    ACTIONS(73), 1,
      aux_sym_author_field_token1,
    ACTIONS(77), 1,
      sym__line_end,
    STATE(16), 1,
      sym_directive,
    STATE(17), 1,
      aux_sym_report_header_repeat1,
    ACTIONS(75), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(25), 5,
      sym__blank,
      sym_dateline_field,
      sym_place_field,
      sym_source_field,
      sym_author_field,
  [910] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(67), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(69), 1,
      aux_sym_place_field_token1,
    ACTIONS(71), 1,
      aux_sym_source_field_token1,
    ACTIONS(73), 1,
      aux_sym_author_field_token1,
    ACTIONS(77), 1,
      sym__line_end,
    ACTIONS(79), 1,
      ts_builtin_sym_end,
    STATE(17), 1,
      sym_directive,
    STATE(18), 1,
      aux_sym_report_header_repeat1,
    ACTIONS(81), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(25), 5,
      sym__blank,
      sym_dateline_field,
      sym_place_field,
      sym_source_field,
      sym_author_field,
  [954] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(83), 1,
      ts_builtin_sym_end,
    ACTIONS(85), 1,
      aux_sym_dateline_field_token1,
    ACTIONS(88), 1,
      aux_sym_place_field_token1,
    ACTIONS(91), 1,
      aux_sym_source_field_token1,
    ACTIONS(94), 1,
      aux_sym_author_field_token1,
    ACTIONS(99), 1,
      sym__line_end,
    STATE(18), 2,
      sym_directive,
      aux_sym_report_header_repeat1,
    ACTIONS(97), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
    STATE(25), 5,
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
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(57), 1,
      sym__prose_block,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    STATE(19), 2,
      sym_directive,
      aux_sym_report_repeat2,
    STATE(56), 3,
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
    STATE(32), 4,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(134), 1,
      ts_builtin_sym_end,
    STATE(21), 1,
      sym_directive,
    STATE(23), 1,
      aux_sym_meeting_repeat2,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(136), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(59), 2,
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
    ACTIONS(55), 1,
      sym__line_end,
    ACTIONS(138), 1,
      ts_builtin_sym_end,
    STATE(21), 1,
      aux_sym_meeting_repeat2,
    STATE(22), 1,
      sym_directive,
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(140), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(59), 2,
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
    STATE(24), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(144), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(23), 2,
      sym_directive,
      aux_sym_meeting_repeat2,
    STATE(59), 2,
      sym__blank,
      sym_paragraph,
  [1216] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(17), 1,
      sym_text,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(24), 1,
      sym_directive,
    STATE(26), 1,
      aux_sym_paragraph_repeat1,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(155), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(157), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1252] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(25), 1,
      sym_directive,
    ACTIONS(159), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(161), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1276] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(167), 1,
      sym_handle,
    ACTIONS(170), 1,
      sym_text,
    STATE(55), 1,
      sym_line,
    STATE(65), 1,
      aux_sym_line_repeat1,
    STATE(130), 1,
      sym_handle_ref,
    ACTIONS(163), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(165), 2,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
    STATE(26), 2,
      sym_directive,
      aux_sym_paragraph_repeat1,
  [1310] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(27), 1,
      sym_directive,
    ACTIONS(173), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(175), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1334] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(28), 1,
      sym_directive,
    ACTIONS(177), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(179), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1358] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(29), 1,
      sym_directive,
    ACTIONS(181), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(183), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1382] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(30), 1,
      sym_directive,
    ACTIONS(185), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(187), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1406] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(31), 1,
      sym_directive,
    ACTIONS(189), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(191), 8,
      aux_sym_dateline_field_token1,
      aux_sym_place_field_token1,
      aux_sym_source_field_token1,
      aux_sym_author_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1430] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(32), 1,
      sym_directive,
    ACTIONS(193), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(195), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1453] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(33), 1,
      sym_directive,
    ACTIONS(197), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(199), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1476] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(34), 1,
      sym_directive,
    ACTIONS(201), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(203), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1499] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(205), 1,
      ts_builtin_sym_end,
    ACTIONS(209), 1,
      sym__line_end,
    STATE(46), 1,
      sym__leading_blank,
    STATE(35), 2,
      sym_directive,
      aux_sym_report_repeat1,
    ACTIONS(207), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1526] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(36), 1,
      sym_directive,
    ACTIONS(212), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(214), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1549] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(37), 1,
      sym_directive,
    ACTIONS(212), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(214), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1572] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(38), 1,
      sym_directive,
    ACTIONS(181), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(183), 7,
      aux_sym_date_field_token1,
      aux_sym_place_field_token1,
      aux_sym_kind_field_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1595] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(218), 1,
      sym__item,
    ACTIONS(220), 1,
      sym__line_end,
    STATE(39), 1,
      sym_directive,
    STATE(43), 1,
      aux_sym_attendees_section_repeat1,
    STATE(66), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(216), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1623] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(220), 1,
      sym__line_end,
    ACTIONS(224), 1,
      sym__item,
    STATE(40), 1,
      sym_directive,
    STATE(42), 1,
      aux_sym_commitments_section_repeat1,
    STATE(67), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(222), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1651] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(228), 1,
      sym__item,
    ACTIONS(231), 1,
      sym__line_end,
    STATE(41), 2,
      sym_directive,
      aux_sym_attendees_section_repeat1,
    STATE(66), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(226), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1677] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(220), 1,
      sym__line_end,
    ACTIONS(224), 1,
      sym__item,
    STATE(42), 1,
      sym_directive,
    STATE(44), 1,
      aux_sym_commitments_section_repeat1,
    STATE(67), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(234), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1705] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(218), 1,
      sym__item,
    ACTIONS(220), 1,
      sym__line_end,
    STATE(41), 1,
      aux_sym_attendees_section_repeat1,
    STATE(43), 1,
      sym_directive,
    STATE(66), 2,
      sym__blank,
      sym_attendee,
    ACTIONS(236), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1733] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(240), 1,
      sym__item,
    ACTIONS(243), 1,
      sym__line_end,
    STATE(44), 2,
      sym_directive,
      aux_sym_commitments_section_repeat1,
    STATE(67), 2,
      sym__blank,
      sym_commitment,
    ACTIONS(238), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [1759] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(45), 1,
      sym_directive,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    ACTIONS(51), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1784] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(46), 1,
      sym_directive,
    ACTIONS(248), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(250), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1805] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(254), 1,
      aux_sym_attendees_section_token1,
    ACTIONS(252), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(47), 2,
      sym_directive,
      aux_sym_meeting_repeat3,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1828] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    STATE(48), 1,
      sym_directive,
    ACTIONS(257), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1853] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    STATE(49), 1,
      sym_directive,
    ACTIONS(259), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1878] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(50), 1,
      sym_directive,
    ACTIONS(212), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(214), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1899] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    STATE(51), 1,
      sym_directive,
    ACTIONS(37), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1924] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    STATE(52), 1,
      sym_directive,
    ACTIONS(45), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1949] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(53), 1,
      sym_directive,
    ACTIONS(212), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(214), 5,
      aux_sym_report_header_token1,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [1970] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(246), 1,
      aux_sym_attendees_section_token1,
    STATE(47), 1,
      aux_sym_meeting_repeat3,
    STATE(54), 1,
      sym_directive,
    ACTIONS(61), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
    STATE(138), 3,
      sym_attendees_section,
      sym_commitments_section,
      sym_prose_section,
  [1995] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(55), 1,
      sym_directive,
    ACTIONS(261), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(263), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2015] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(56), 1,
      sym_directive,
    ACTIONS(265), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(267), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2035] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(57), 1,
      sym_directive,
    ACTIONS(269), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(271), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2055] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(58), 1,
      sym_directive,
    ACTIONS(273), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(275), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2075] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(59), 1,
      sym_directive,
    ACTIONS(277), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(279), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2095] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(60), 1,
      sym_directive,
    ACTIONS(189), 2,
      sym__line_end,
      ts_builtin_sym_end,
    ACTIONS(191), 4,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym_handle,
      sym_text,
  [2115] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(61), 1,
      sym_directive,
    ACTIONS(281), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2132] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(62), 1,
      sym_directive,
    ACTIONS(283), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2149] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(287), 1,
      sym__line_end,
    STATE(63), 1,
      sym_directive,
    ACTIONS(285), 4,
      anon_sym_to,
      anon_sym_DOT_DOT,
      anon_sym_u2013,
      anon_sym_u2014,
  [2168] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(289), 1,
      sym_handle,
    ACTIONS(292), 1,
      sym_text,
    ACTIONS(295), 1,
      sym__line_end,
    STATE(130), 1,
      sym_handle_ref,
    STATE(64), 2,
      sym_directive,
      aux_sym_line_repeat1,
  [2191] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(15), 1,
      sym_handle,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(297), 1,
      sym_text,
    ACTIONS(299), 1,
      sym__line_end,
    STATE(64), 1,
      aux_sym_line_repeat1,
    STATE(65), 1,
      sym_directive,
    STATE(130), 1,
      sym_handle_ref,
  [2216] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(66), 1,
      sym_directive,
    ACTIONS(301), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2233] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(67), 1,
      sym_directive,
    ACTIONS(303), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2250] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(68), 1,
      sym_directive,
    ACTIONS(305), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2267] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(307), 1,
      anon_sym_PIPE,
    ACTIONS(309), 1,
      sym__cell,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(313), 1,
      sym__line_end,
    STATE(69), 1,
      sym_directive,
    STATE(174), 1,
      sym_flags,
  [2292] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(70), 1,
      sym_directive,
    ACTIONS(315), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2309] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(71), 1,
      sym_directive,
    ACTIONS(317), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2326] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(72), 1,
      sym_directive,
    ACTIONS(319), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2343] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(73), 1,
      sym_directive,
    ACTIONS(321), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2360] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(74), 1,
      sym_directive,
    ACTIONS(323), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2377] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(75), 1,
      sym_directive,
    ACTIONS(189), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2394] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(76), 1,
      sym_directive,
    ACTIONS(325), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2411] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(77), 1,
      sym_directive,
    ACTIONS(327), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2428] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(78), 1,
      sym_directive,
    ACTIONS(329), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2445] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(79), 1,
      sym_directive,
    ACTIONS(331), 5,
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
    STATE(80), 1,
      sym_directive,
    ACTIONS(333), 5,
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
    STATE(81), 1,
      sym_directive,
    ACTIONS(335), 5,
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
    STATE(82), 1,
      sym_directive,
    ACTIONS(337), 5,
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
    STATE(83), 1,
      sym_directive,
    ACTIONS(339), 5,
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
    STATE(84), 1,
      sym_directive,
    ACTIONS(341), 5,
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
    STATE(85), 1,
      sym_directive,
    ACTIONS(343), 5,
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
    STATE(86), 1,
      sym_directive,
    ACTIONS(345), 5,
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
    STATE(87), 1,
      sym_directive,
    ACTIONS(347), 5,
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
    STATE(88), 1,
      sym_directive,
    ACTIONS(349), 5,
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
    STATE(89), 1,
      sym_directive,
    ACTIONS(351), 5,
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
    STATE(90), 1,
      sym_directive,
    ACTIONS(353), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2649] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(357), 1,
      anon_sym_RBRACK,
    STATE(91), 1,
      sym_directive,
    ACTIONS(355), 4,
      anon_sym_to,
      anon_sym_DOT_DOT,
      anon_sym_u2013,
      anon_sym_u2014,
  [2668] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(92), 1,
      sym_directive,
    ACTIONS(359), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2685] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(93), 1,
      sym_directive,
    ACTIONS(361), 5,
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
    STATE(94), 1,
      sym_directive,
    ACTIONS(363), 5,
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
    STATE(95), 1,
      sym_directive,
    ACTIONS(365), 5,
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
    STATE(96), 1,
      sym_directive,
    ACTIONS(367), 5,
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
    STATE(97), 1,
      sym_directive,
    ACTIONS(369), 5,
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
    STATE(98), 1,
      sym_directive,
    ACTIONS(371), 5,
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
    STATE(99), 1,
      sym_directive,
    ACTIONS(373), 5,
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
    STATE(100), 1,
      sym_directive,
    ACTIONS(375), 5,
      sym__line_end,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
      sym__item,
  [2821] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(377), 1,
      anon_sym_PIPE,
    ACTIONS(379), 1,
      sym__cell,
    ACTIONS(381), 1,
      sym__line_end,
    STATE(101), 1,
      sym_directive,
    STATE(165), 1,
      sym_flags,
  [2846] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(383), 1,
      ts_builtin_sym_end,
    ACTIONS(385), 1,
      aux_sym_meeting_token1,
    STATE(146), 1,
      sym_meeting,
    STATE(102), 2,
      sym_directive,
      aux_sym_report_repeat3,
  [2866] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(59), 1,
      ts_builtin_sym_end,
    ACTIONS(388), 1,
      aux_sym_meeting_token1,
    STATE(102), 1,
      aux_sym_report_repeat3,
    STATE(103), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [2888] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(390), 1,
      sym_date,
    ACTIONS(392), 1,
      sym_value,
    STATE(104), 1,
      sym_directive,
    STATE(151), 1,
      sym__date_value,
    STATE(155), 1,
      sym_date_range,
  [2910] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(57), 1,
      ts_builtin_sym_end,
    ACTIONS(388), 1,
      aux_sym_meeting_token1,
    STATE(102), 1,
      aux_sym_report_repeat3,
    STATE(105), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [2932] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(106), 1,
      sym_directive,
    STATE(145), 1,
      sym_party,
    ACTIONS(394), 3,
      sym_handle,
      sym_all,
      sym__party_name,
  [2950] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(396), 1,
      sym__cell,
    ACTIONS(398), 1,
      sym__line_end,
    STATE(107), 1,
      sym_directive,
    STATE(189), 1,
      sym_flags,
  [2972] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(49), 1,
      ts_builtin_sym_end,
    ACTIONS(388), 1,
      aux_sym_meeting_token1,
    STATE(102), 1,
      aux_sym_report_repeat3,
    STATE(108), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [2994] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(400), 1,
      sym__cell,
    ACTIONS(402), 1,
      sym__line_end,
    STATE(109), 1,
      sym_directive,
    STATE(187), 1,
      sym_flags,
  [3016] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(404), 1,
      anon_sym_PIPE,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(408), 1,
      sym__line_end,
    STATE(110), 1,
      sym_directive,
    STATE(192), 1,
      sym_flags,
  [3038] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    STATE(111), 1,
      sym_directive,
    STATE(125), 1,
      sym_party,
    ACTIONS(394), 3,
      sym_handle,
      sym_all,
      sym__party_name,
  [3056] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(410), 1,
      anon_sym_PIPE,
    ACTIONS(412), 1,
      sym__line_end,
    STATE(112), 1,
      sym_directive,
    STATE(147), 1,
      sym_flags,
  [3078] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(414), 1,
      sym__cell,
    ACTIONS(416), 1,
      sym__line_end,
    STATE(113), 1,
      sym_directive,
    STATE(176), 1,
      sym_flags,
  [3100] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(418), 1,
      anon_sym_PIPE,
    ACTIONS(420), 1,
      sym__line_end,
    STATE(114), 1,
      sym_directive,
    STATE(178), 1,
      sym_flags,
  [3122] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(388), 1,
      aux_sym_meeting_token1,
    ACTIONS(422), 1,
      ts_builtin_sym_end,
    STATE(102), 1,
      aux_sym_report_repeat3,
    STATE(115), 1,
      sym_directive,
    STATE(146), 1,
      sym_meeting,
  [3144] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(390), 1,
      sym_date,
    ACTIONS(392), 1,
      sym_value,
    STATE(116), 1,
      sym_directive,
    STATE(155), 1,
      sym_date_range,
    STATE(177), 1,
      sym__date_value,
  [3166] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(311), 1,
      anon_sym_LBRACK,
    ACTIONS(424), 1,
      sym__cell,
    ACTIONS(426), 1,
      sym__line_end,
    STATE(117), 1,
      sym_directive,
    STATE(157), 1,
      sym_flags,
  [3188] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(428), 1,
      anon_sym_PIPE,
    ACTIONS(430), 1,
      sym__line_end,
    STATE(118), 1,
      sym_directive,
    STATE(163), 1,
      sym_flags,
  [3210] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(432), 1,
      anon_sym_COMMA,
    ACTIONS(434), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_directive,
    STATE(135), 1,
      aux_sym_flags_repeat1,
  [3229] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(436), 1,
      sym_handle,
    STATE(120), 1,
      sym_directive,
    ACTIONS(438), 2,
      sym__line_end,
      sym_text,
  [3246] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(440), 1,
      anon_sym_COLON,
    ACTIONS(442), 1,
      anon_sym_COMMA,
    STATE(121), 2,
      sym_directive,
      aux_sym_commitment_repeat1,
  [3263] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(445), 1,
      sym__line_end,
    STATE(122), 1,
      sym_directive,
    STATE(185), 1,
      sym_flags,
  [3282] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(447), 1,
      anon_sym_COMMA,
    ACTIONS(449), 1,
      anon_sym_DASH_DASH_GT,
    STATE(123), 1,
      sym_directive,
    STATE(136), 1,
      aux_sym_directive_repeat1,
  [3301] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(451), 1,
      sym__line_end,
    STATE(124), 1,
      sym_directive,
    STATE(153), 1,
      sym_flags,
  [3320] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(453), 1,
      anon_sym_COLON,
    ACTIONS(455), 1,
      anon_sym_COMMA,
    STATE(125), 1,
      sym_directive,
    STATE(127), 1,
      aux_sym_commitment_repeat1,
  [3339] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(457), 1,
      sym__heading_text,
    ACTIONS(459), 1,
      sym_attendees_keyword,
    ACTIONS(461), 1,
      sym_commitments_keyword,
    STATE(126), 1,
      sym_directive,
  [3358] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(455), 1,
      anon_sym_COMMA,
    ACTIONS(463), 1,
      anon_sym_COLON,
    STATE(121), 1,
      aux_sym_commitment_repeat1,
    STATE(127), 1,
      sym_directive,
  [3377] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(465), 1,
      anon_sym_LBRACE_POUND,
    ACTIONS(467), 1,
      sym__line_end,
    STATE(128), 1,
      sym_directive,
    STATE(161), 1,
      sym_meeting_id,
  [3396] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(469), 1,
      anon_sym_LBRACK,
    ACTIONS(471), 1,
      sym__line_end,
    STATE(129), 1,
      sym_directive,
    STATE(170), 1,
      sym_due,
  [3415] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(473), 1,
      sym_handle,
    STATE(130), 1,
      sym_directive,
    ACTIONS(475), 2,
      sym__line_end,
      sym_text,
  [3432] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(477), 1,
      anon_sym_COMMA,
    ACTIONS(480), 1,
      anon_sym_DASH_DASH_GT,
    STATE(131), 2,
      sym_directive,
      aux_sym_directive_repeat1,
  [3449] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(432), 1,
      anon_sym_COMMA,
    ACTIONS(482), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      aux_sym_flags_repeat1,
    STATE(132), 1,
      sym_directive,
  [3468] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(484), 1,
      sym__line_end,
    STATE(133), 1,
      sym_directive,
    STATE(173), 1,
      sym_flags,
  [3487] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(406), 1,
      anon_sym_LBRACK,
    ACTIONS(486), 1,
      sym__line_end,
    STATE(134), 1,
      sym_directive,
    STATE(194), 1,
      sym_flags,
  [3506] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(488), 1,
      anon_sym_COMMA,
    ACTIONS(491), 1,
      anon_sym_RBRACK,
    STATE(135), 2,
      sym_directive,
      aux_sym_flags_repeat1,
  [3523] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(447), 1,
      anon_sym_COMMA,
    ACTIONS(493), 1,
      anon_sym_DASH_DASH_GT,
    STATE(131), 1,
      aux_sym_directive_repeat1,
    STATE(136), 1,
      sym_directive,
  [3542] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(469), 1,
      anon_sym_LBRACK,
    ACTIONS(495), 1,
      sym__line_end,
    STATE(137), 1,
      sym_directive,
    STATE(150), 1,
      sym_due,
  [3561] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(138), 1,
      sym_directive,
    ACTIONS(497), 3,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
      aux_sym_attendees_section_token1,
  [3576] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(139), 1,
      sym_directive,
    ACTIONS(499), 2,
      anon_sym_COLON,
      anon_sym_COMMA,
  [3590] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(501), 1,
      sym_date,
    STATE(140), 1,
      sym_directive,
    STATE(181), 1,
      sym_date_range,
  [3606] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(503), 1,
      sym__cell,
    ACTIONS(505), 1,
      sym_handle,
    STATE(141), 1,
      sym_directive,
  [3622] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(142), 1,
      sym_directive,
    ACTIONS(507), 2,
      anon_sym_COMMA,
      anon_sym_DASH_DASH_GT,
  [3636] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(143), 1,
      sym_directive,
    ACTIONS(491), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [3650] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(509), 1,
      anon_sym_DASH_DASH_GT,
    ACTIONS(511), 1,
      sym_rule_id,
    STATE(144), 1,
      sym_directive,
  [3666] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(145), 1,
      sym_directive,
    ACTIONS(513), 2,
      anon_sym_COLON,
      anon_sym_COMMA,
  [3680] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    STATE(146), 1,
      sym_directive,
    ACTIONS(515), 2,
      ts_builtin_sym_end,
      aux_sym_meeting_token1,
  [3694] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(517), 1,
      sym__line_end,
    STATE(147), 1,
      sym_directive,
  [3707] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(519), 1,
      sym_value,
    STATE(148), 1,
      sym_directive,
  [3720] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(521), 1,
      anon_sym_due,
    STATE(149), 1,
      sym_directive,
  [3733] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(523), 1,
      sym__line_end,
    STATE(150), 1,
      sym_directive,
  [3746] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(525), 1,
      sym__line_end,
    STATE(151), 1,
      sym_directive,
  [3759] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(527), 1,
      anon_sym_COLON,
    STATE(152), 1,
      sym_directive,
  [3772] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(529), 1,
      sym__line_end,
    STATE(153), 1,
      sym_directive,
  [3785] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(531), 1,
      sym_value,
    STATE(154), 1,
      sym_directive,
  [3798] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(287), 1,
      sym__line_end,
    STATE(155), 1,
      sym_directive,
  [3811] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(533), 1,
      sym__line_end,
    STATE(156), 1,
      sym_directive,
  [3824] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(535), 1,
      sym__line_end,
    STATE(157), 1,
      sym_directive,
  [3837] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(537), 1,
      sym_directive_kind,
    STATE(158), 1,
      sym_directive,
  [3850] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(539), 1,
      aux_sym_meeting_id_token1,
    STATE(159), 1,
      sym_directive,
  [3863] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(541), 1,
      sym__line_end,
    STATE(160), 1,
      sym_directive,
  [3876] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(543), 1,
      sym__line_end,
    STATE(161), 1,
      sym_directive,
  [3889] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(545), 1,
      sym_flag,
    STATE(162), 1,
      sym_directive,
  [3902] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(547), 1,
      sym__line_end,
    STATE(163), 1,
      sym_directive,
  [3915] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(549), 1,
      sym__cell,
    STATE(164), 1,
      sym_directive,
  [3928] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(551), 1,
      sym__line_end,
    STATE(165), 1,
      sym_directive,
  [3941] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(553), 1,
      sym__commitment_text,
    STATE(166), 1,
      sym_directive,
  [3954] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(555), 1,
      sym_date,
    STATE(167), 1,
      sym_directive,
  [3967] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(557), 1,
      sym__line_end,
    STATE(168), 1,
      sym_directive,
  [3980] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(559), 1,
      sym__line_end,
    STATE(169), 1,
      sym_directive,
  [3993] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(561), 1,
      sym__line_end,
    STATE(170), 1,
      sym_directive,
  [4006] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(563), 1,
      sym__line_end,
    STATE(171), 1,
      sym_directive,
  [4019] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(565), 1,
      sym__line_end,
    STATE(172), 1,
      sym_directive,
  [4032] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(567), 1,
      sym__line_end,
    STATE(173), 1,
      sym_directive,
  [4045] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(569), 1,
      sym__line_end,
    STATE(174), 1,
      sym_directive,
  [4058] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(571), 1,
      anon_sym_RBRACE,
    STATE(175), 1,
      sym_directive,
  [4071] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(573), 1,
      sym__line_end,
    STATE(176), 1,
      sym_directive,
  [4084] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(575), 1,
      sym__line_end,
    STATE(177), 1,
      sym_directive,
  [4097] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(577), 1,
      sym__line_end,
    STATE(178), 1,
      sym_directive,
  [4110] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(579), 1,
      sym__heading_text,
    STATE(179), 1,
      sym_directive,
  [4123] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(581), 1,
      sym_value,
    STATE(180), 1,
      sym_directive,
  [4136] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(357), 1,
      anon_sym_RBRACK,
    STATE(181), 1,
      sym_directive,
  [4149] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(583), 1,
      sym__commitment_text,
    STATE(182), 1,
      sym_directive,
  [4162] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(585), 1,
      sym_value,
    STATE(183), 1,
      sym_directive,
  [4175] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(587), 1,
      sym_value,
    STATE(184), 1,
      sym_directive,
  [4188] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(589), 1,
      sym__line_end,
    STATE(185), 1,
      sym_directive,
  [4201] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(591), 1,
      sym__line_end,
    STATE(186), 1,
      sym_directive,
  [4214] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(593), 1,
      sym__line_end,
    STATE(187), 1,
      sym_directive,
  [4227] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(595), 1,
      sym__line_end,
    STATE(188), 1,
      sym_directive,
  [4240] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(597), 1,
      sym__line_end,
    STATE(189), 1,
      sym_directive,
  [4253] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(599), 1,
      sym__line_end,
    STATE(190), 1,
      sym_directive,
  [4266] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(601), 1,
      sym__line_end,
    STATE(191), 1,
      sym_directive,
  [4279] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(603), 1,
      sym__line_end,
    STATE(192), 1,
      sym_directive,
  [4292] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(605), 1,
      sym__line_end,
    STATE(193), 1,
      sym_directive,
  [4305] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(607), 1,
      sym__line_end,
    STATE(194), 1,
      sym_directive,
  [4318] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(609), 1,
      sym_flag,
    STATE(195), 1,
      sym_directive,
  [4331] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(611), 1,
      sym__line_end,
    STATE(196), 1,
      sym_directive,
  [4344] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(613), 1,
      sym__heading_text,
    STATE(197), 1,
      sym_directive,
  [4357] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    STATE(198), 1,
      sym_directive,
  [4370] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(617), 1,
      sym__line_end,
    STATE(199), 1,
      sym_directive,
  [4383] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(619), 1,
      sym__line_end,
    STATE(200), 1,
      sym_directive,
  [4396] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    STATE(201), 1,
      sym_directive,
  [4409] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(19), 1,
      aux_sym_directive_token1,
    ACTIONS(457), 1,
      sym__heading_text,
    STATE(202), 1,
      sym_directive,
  [4422] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(621), 1,
      sym__line_end,
    STATE(203), 1,
      sym_directive,
  [4435] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(623), 1,
      sym_date,
    STATE(204), 1,
      sym_directive,
  [4448] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      aux_sym_directive_token1,
    ACTIONS(625), 1,
      sym_rule_id,
    STATE(205), 1,
      sym_directive,
  [4461] = 1,
    ACTIONS(627), 1,
      ts_builtin_sym_end,
  [4465] = 1,
    ACTIONS(629), 1,
      ts_builtin_sym_end,
  [4469] = 1,
    ACTIONS(631), 1,
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
  [SMALL_STATE(12)] = 642,
  [SMALL_STATE(13)] = 699,
  [SMALL_STATE(14)] = 754,
  [SMALL_STATE(15)] = 809,
  [SMALL_STATE(16)] = 866,
  [SMALL_STATE(17)] = 910,
  [SMALL_STATE(18)] = 954,
  [SMALL_STATE(19)] = 996,
  [SMALL_STATE(20)] = 1045,
  [SMALL_STATE(21)] = 1083,
  [SMALL_STATE(22)] = 1128,
  [SMALL_STATE(23)] = 1173,
  [SMALL_STATE(24)] = 1216,
  [SMALL_STATE(25)] = 1252,
  [SMALL_STATE(26)] = 1276,
  [SMALL_STATE(27)] = 1310,
  [SMALL_STATE(28)] = 1334,
  [SMALL_STATE(29)] = 1358,
  [SMALL_STATE(30)] = 1382,
  [SMALL_STATE(31)] = 1406,
  [SMALL_STATE(32)] = 1430,
  [SMALL_STATE(33)] = 1453,
  [SMALL_STATE(34)] = 1476,
  [SMALL_STATE(35)] = 1499,
  [SMALL_STATE(36)] = 1526,
  [SMALL_STATE(37)] = 1549,
  [SMALL_STATE(38)] = 1572,
  [SMALL_STATE(39)] = 1595,
  [SMALL_STATE(40)] = 1623,
  [SMALL_STATE(41)] = 1651,
  [SMALL_STATE(42)] = 1677,
  [SMALL_STATE(43)] = 1705,
  [SMALL_STATE(44)] = 1733,
  [SMALL_STATE(45)] = 1759,
  [SMALL_STATE(46)] = 1784,
  [SMALL_STATE(47)] = 1805,
  [SMALL_STATE(48)] = 1828,
  [SMALL_STATE(49)] = 1853,
  [SMALL_STATE(50)] = 1878,
  [SMALL_STATE(51)] = 1899,
  [SMALL_STATE(52)] = 1924,
  [SMALL_STATE(53)] = 1949,
  [SMALL_STATE(54)] = 1970,
  [SMALL_STATE(55)] = 1995,
  [SMALL_STATE(56)] = 2015,
  [SMALL_STATE(57)] = 2035,
  [SMALL_STATE(58)] = 2055,
  [SMALL_STATE(59)] = 2075,
  [SMALL_STATE(60)] = 2095,
  [SMALL_STATE(61)] = 2115,
  [SMALL_STATE(62)] = 2132,
  [SMALL_STATE(63)] = 2149,
  [SMALL_STATE(64)] = 2168,
  [SMALL_STATE(65)] = 2191,
  [SMALL_STATE(66)] = 2216,
  [SMALL_STATE(67)] = 2233,
  [SMALL_STATE(68)] = 2250,
  [SMALL_STATE(69)] = 2267,
  [SMALL_STATE(70)] = 2292,
  [SMALL_STATE(71)] = 2309,
  [SMALL_STATE(72)] = 2326,
  [SMALL_STATE(73)] = 2343,
  [SMALL_STATE(74)] = 2360,
  [SMALL_STATE(75)] = 2377,
  [SMALL_STATE(76)] = 2394,
  [SMALL_STATE(77)] = 2411,
  [SMALL_STATE(78)] = 2428,
  [SMALL_STATE(79)] = 2445,
  [SMALL_STATE(80)] = 2462,
  [SMALL_STATE(81)] = 2479,
  [SMALL_STATE(82)] = 2496,
  [SMALL_STATE(83)] = 2513,
  [SMALL_STATE(84)] = 2530,
  [SMALL_STATE(85)] = 2547,
  [SMALL_STATE(86)] = 2564,
  [SMALL_STATE(87)] = 2581,
  [SMALL_STATE(88)] = 2598,
  [SMALL_STATE(89)] = 2615,
  [SMALL_STATE(90)] = 2632,
  [SMALL_STATE(91)] = 2649,
  [SMALL_STATE(92)] = 2668,
  [SMALL_STATE(93)] = 2685,
  [SMALL_STATE(94)] = 2702,
  [SMALL_STATE(95)] = 2719,
  [SMALL_STATE(96)] = 2736,
  [SMALL_STATE(97)] = 2753,
  [SMALL_STATE(98)] = 2770,
  [SMALL_STATE(99)] = 2787,
  [SMALL_STATE(100)] = 2804,
  [SMALL_STATE(101)] = 2821,
  [SMALL_STATE(102)] = 2846,
  [SMALL_STATE(103)] = 2866,
  [SMALL_STATE(104)] = 2888,
  [SMALL_STATE(105)] = 2910,
  [SMALL_STATE(106)] = 2932,
  [SMALL_STATE(107)] = 2950,
  [SMALL_STATE(108)] = 2972,
  [SMALL_STATE(109)] = 2994,
  [SMALL_STATE(110)] = 3016,
  [SMALL_STATE(111)] = 3038,
  [SMALL_STATE(112)] = 3056,
  [SMALL_STATE(113)] = 3078,
  [SMALL_STATE(114)] = 3100,
  [SMALL_STATE(115)] = 3122,
  [SMALL_STATE(116)] = 3144,
  [SMALL_STATE(117)] = 3166,
  [SMALL_STATE(118)] = 3188,
  [SMALL_STATE(119)] = 3210,
  [SMALL_STATE(120)] = 3229,
  [SMALL_STATE(121)] = 3246,
  [SMALL_STATE(122)] = 3263,
  [SMALL_STATE(123)] = 3282,
  [SMALL_STATE(124)] = 3301,
  [SMALL_STATE(125)] = 3320,
  [SMALL_STATE(126)] = 3339,
  [SMALL_STATE(127)] = 3358,
  [SMALL_STATE(128)] = 3377,
  [SMALL_STATE(129)] = 3396,
  [SMALL_STATE(130)] = 3415,
  [SMALL_STATE(131)] = 3432,
  [SMALL_STATE(132)] = 3449,
  [SMALL_STATE(133)] = 3468,
  [SMALL_STATE(134)] = 3487,
  [SMALL_STATE(135)] = 3506,
  [SMALL_STATE(136)] = 3523,
  [SMALL_STATE(137)] = 3542,
  [SMALL_STATE(138)] = 3561,
  [SMALL_STATE(139)] = 3576,
  [SMALL_STATE(140)] = 3590,
  [SMALL_STATE(141)] = 3606,
  [SMALL_STATE(142)] = 3622,
  [SMALL_STATE(143)] = 3636,
  [SMALL_STATE(144)] = 3650,
  [SMALL_STATE(145)] = 3666,
  [SMALL_STATE(146)] = 3680,
  [SMALL_STATE(147)] = 3694,
  [SMALL_STATE(148)] = 3707,
  [SMALL_STATE(149)] = 3720,
  [SMALL_STATE(150)] = 3733,
  [SMALL_STATE(151)] = 3746,
  [SMALL_STATE(152)] = 3759,
  [SMALL_STATE(153)] = 3772,
  [SMALL_STATE(154)] = 3785,
  [SMALL_STATE(155)] = 3798,
  [SMALL_STATE(156)] = 3811,
  [SMALL_STATE(157)] = 3824,
  [SMALL_STATE(158)] = 3837,
  [SMALL_STATE(159)] = 3850,
  [SMALL_STATE(160)] = 3863,
  [SMALL_STATE(161)] = 3876,
  [SMALL_STATE(162)] = 3889,
  [SMALL_STATE(163)] = 3902,
  [SMALL_STATE(164)] = 3915,
  [SMALL_STATE(165)] = 3928,
  [SMALL_STATE(166)] = 3941,
  [SMALL_STATE(167)] = 3954,
  [SMALL_STATE(168)] = 3967,
  [SMALL_STATE(169)] = 3980,
  [SMALL_STATE(170)] = 3993,
  [SMALL_STATE(171)] = 4006,
  [SMALL_STATE(172)] = 4019,
  [SMALL_STATE(173)] = 4032,
  [SMALL_STATE(174)] = 4045,
  [SMALL_STATE(175)] = 4058,
  [SMALL_STATE(176)] = 4071,
  [SMALL_STATE(177)] = 4084,
  [SMALL_STATE(178)] = 4097,
  [SMALL_STATE(179)] = 4110,
  [SMALL_STATE(180)] = 4123,
  [SMALL_STATE(181)] = 4136,
  [SMALL_STATE(182)] = 4149,
  [SMALL_STATE(183)] = 4162,
  [SMALL_STATE(184)] = 4175,
  [SMALL_STATE(185)] = 4188,
  [SMALL_STATE(186)] = 4201,
  [SMALL_STATE(187)] = 4214,
  [SMALL_STATE(188)] = 4227,
  [SMALL_STATE(189)] = 4240,
  [SMALL_STATE(190)] = 4253,
  [SMALL_STATE(191)] = 4266,
  [SMALL_STATE(192)] = 4279,
  [SMALL_STATE(193)] = 4292,
  [SMALL_STATE(194)] = 4305,
  [SMALL_STATE(195)] = 4318,
  [SMALL_STATE(196)] = 4331,
  [SMALL_STATE(197)] = 4344,
  [SMALL_STATE(198)] = 4357,
  [SMALL_STATE(199)] = 4370,
  [SMALL_STATE(200)] = 4383,
  [SMALL_STATE(201)] = 4396,
  [SMALL_STATE(202)] = 4409,
  [SMALL_STATE(203)] = 4422,
  [SMALL_STATE(204)] = 4435,
  [SMALL_STATE(205)] = 4448,
  [SMALL_STATE(206)] = 4461,
  [SMALL_STATE(207)] = 4465,
  [SMALL_STATE(208)] = 4469,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 0, 0, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [11] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [23] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 3, 0, 3),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(116),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(148),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [31] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 3, 0, 3),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 4, 0, 3),
  [39] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 4, 0, 3),
  [41] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 4, 0, 5),
  [43] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 4, 0, 5),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 5, 0, 5),
  [47] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 5, 0, 5),
  [49] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 1, 0, 0),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 6, 0, 5),
  [53] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 6, 0, 5),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [57] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 2, 0, 0),
  [59] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 3, 0, 0),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 5, 0, 3),
  [63] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_meeting, 5, 0, 3),
  [65] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report_header, 3, 0, 2),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(180),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(183),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [75] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_report_header, 3, 0, 2),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [79] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report_header, 4, 0, 2),
  [81] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_report_header, 4, 0, 2),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0),
  [85] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(104),
  [88] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(180),
  [91] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(183),
  [94] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(184),
  [97] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0),
  [99] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 2, 0, 0), SHIFT_REPEAT(31),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0),
  [104] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(202),
  [109] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(120),
  [112] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(130),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 2, 0, 0), SHIFT_REPEAT(60),
  [118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0),
  [120] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(116),
  [123] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(148),
  [126] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [129] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 2, 0, 0), SHIFT_REPEAT(36),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose_section, 4, 0, 3),
  [136] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_prose_section, 4, 0, 3),
  [138] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose_section, 3, 0, 3),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_prose_section, 3, 0, 3),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0),
  [146] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(120),
  [149] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(130),
  [152] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 2, 0, 0), SHIFT_REPEAT(60),
  [155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_paragraph, 1, 0, 0),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_paragraph, 1, 0, 0),
  [159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_header_repeat1, 1, 0, 0),
  [161] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_header_repeat1, 1, 0, 0),
  [163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [165] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0),
  [167] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(120),
  [170] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_field, 3, 0, 11),
  [175] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_source_field, 3, 0, 11),
  [177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dateline_field, 3, 0, 11),
  [179] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_dateline_field, 3, 0, 11),
  [181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place_field, 3, 0, 11),
  [183] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_place_field, 3, 0, 11),
  [185] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_author_field, 3, 0, 11),
  [187] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_author_field, 3, 0, 11),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__blank, 1, 0, 0),
  [191] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__blank, 1, 0, 0),
  [193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat1, 1, 0, 0),
  [195] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat1, 1, 0, 0),
  [197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_date_field, 3, 0, 11),
  [199] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_date_field, 3, 0, 11),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_kind_field, 3, 0, 11),
  [203] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_kind_field, 3, 0, 11),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0),
  [207] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0),
  [209] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 2, 0, 0), SHIFT_REPEAT(53),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__leading_blank, 1, 0, 0),
  [214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__leading_blank, 1, 0, 0),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendees_section, 3, 0, 3),
  [218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitments_section, 3, 0, 3),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0),
  [228] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0), SHIFT_REPEAT(141),
  [231] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 2, 0, 0), SHIFT_REPEAT(75),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitments_section, 4, 0, 3),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendees_section, 4, 0, 3),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0),
  [240] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0), SHIFT_REPEAT(111),
  [243] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 2, 0, 0), SHIFT_REPEAT(75),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat1, 1, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat1, 1, 0, 0),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 2, 0, 0),
  [254] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 2, 0, 0), SHIFT_REPEAT(126),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 6, 0, 3),
  [259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting, 7, 0, 5),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 0),
  [263] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_paragraph_repeat1, 1, 0, 0),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__prose_block, 1, 0, 0),
  [267] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__prose_block, 1, 0, 0),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat2, 1, 0, 0),
  [271] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_report_repeat2, 1, 0, 0),
  [273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2, 0, 0),
  [275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2, 0, 0),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat2, 1, 0, 0),
  [279] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_meeting_repeat2, 1, 0, 0),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 30),
  [283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 10, 0, 40),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [287] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__date_value, 1, 0, 0),
  [289] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0), SHIFT_REPEAT(120),
  [292] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0), SHIFT_REPEAT(130),
  [295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 2, 0, 0),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [301] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attendees_section_repeat1, 1, 0, 0),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitments_section_repeat1, 1, 0, 0),
  [305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 3, 0, 10),
  [307] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 4, 0, 10),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 4, 0, 13),
  [319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 10),
  [321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 16),
  [323] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 17),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 5, 0, 18),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 5, 0, 19),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 20),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 21),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 16),
  [335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 22),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 18),
  [339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 6, 0, 23),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 6, 0, 24),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 6, 0, 25),
  [345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 26),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 27),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 28),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 18),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 7, 0, 29),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_commitment, 7, 0, 31),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 32),
  [363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 33),
  [365] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 34),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 29),
  [369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 8, 0, 35),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 37),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 38),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attendee, 9, 0, 39),
  [377] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 2, 0, 0),
  [385] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 2, 0, 0), SHIFT_REPEAT(197),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [390] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [394] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_report, 4, 0, 0),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [436] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_handle_ref, 1, 0, 0),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_handle_ref, 1, 0, 0),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 15),
  [442] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 15), SHIFT_REPEAT(106),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [473] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_line_repeat1, 1, 0, 0),
  [475] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_line_repeat1, 1, 0, 0),
  [477] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 8), SHIFT_REPEAT(205),
  [480] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 8),
  [482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [488] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_flags_repeat1, 2, 0, 0), SHIFT_REPEAT(195),
  [491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_flags_repeat1, 2, 0, 0),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [497] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_meeting_repeat3, 1, 0, 0),
  [499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_party, 1, 0, 0),
  [501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [505] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_directive_repeat1, 2, 0, 6),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_commitment_repeat1, 2, 0, 14),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_report_repeat3, 1, 0, 0),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_meeting_id, 3, 0, 10),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flags, 4, 0, 0),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_date_range, 3, 0, 12),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_due, 4, 0, 36),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_flags, 3, 0, 0),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [615] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__date_value, 1, 0, 9),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 3, 0, 1),
  [629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 5, 0, 7),
  [631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_directive, 4, 0, 4),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__line_end = 0,
  ts_external_token_text = 1,
  ts_external_token_attendees_keyword = 2,
  ts_external_token_commitments_keyword = 3,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__line_end] = sym__line_end,
  [ts_external_token_text] = sym_text,
  [ts_external_token_attendees_keyword] = sym_attendees_keyword,
  [ts_external_token_commitments_keyword] = sym_commitments_keyword,
};

static const bool ts_external_scanner_states[5][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__line_end] = true,
    [ts_external_token_attendees_keyword] = true,
    [ts_external_token_commitments_keyword] = true,
  },
  [2] = {
    [ts_external_token__line_end] = true,
    [ts_external_token_text] = true,
  },
  [3] = {
    [ts_external_token__line_end] = true,
  },
  [4] = {
    [ts_external_token_attendees_keyword] = true,
    [ts_external_token_commitments_keyword] = true,
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
