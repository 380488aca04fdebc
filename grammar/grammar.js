/**
 * @file Readout: structured diplomatic meeting reports (`.readout`).
 * @license MIT
 *
 * A line-oriented language: every construct is one line, and every line ends with `_line_end`
 * (from the external scanner: LF, CRLF, lone CR, or the end of a file without a final newline).
 * Blank lines, and lines holding only comments, are `_blank`. Sections own the blank lines that
 * follow them (prec.right), so a broken line never reaches past its own line end.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

// Text that may hold anything but the characters in `stop` (and never starts or ends with a
// space). `<` is allowed unless it opens a comment (`<!`).
function textExcept(stop) {
  const inner = `[^${stop}<\\r\\n]|<[^!${stop}\\r\\n]`;
  const edge = `[^${stop}<\\s]|<[^!${stop}\\s]`;
  return new RegExp(`(${edge})((${inner})*(${edge}))?`);
}

const PREC = {
  heading: 6,
  directive: 5,
  key: 4,
  keyword: 2,
};

module.exports = grammar({
  name: 'readout',

  extras: $ => [/[ \t\uFEFF]+/, $.comment, $.directive],

  // The external scanner also lexes the common cases of prose text and the section keywords
  // (src/scanner.c says why: the parser's speed); `text` keeps its rule below, which the
  // generated lexer uses whenever the scanner declines.
  externals: $ => [$._line_end, $.text, $.attendees_keyword, $.commitments_keyword],

  rules: {
    report: $ => seq(
      repeat($._leading_blank),
      optional($.report_header),
      repeat($._prose_block),
      repeat($.meeting),
    ),

    _blank: $ => $._line_end,
    // Blank lines before the title or among a heading's fields: preferred over prose blanks.
    _leading_blank: $ => prec(1, $._line_end),

    // # Title, then the report's fields.
    report_header: $ => prec.right(seq(
      token(prec(PREC.heading, /#[ \t]+/)),
      field('title', alias($._heading_text, $.title)),
      $._line_end,
      repeat(choice(
        $.dateline_field,
        $.place_field,
        $.source_field,
        $.author_field,
        $._blank,
      )),
    )),

    dateline_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /dateline[ \t]*:/i)), $.field_name)),
      field('value', $._date_value),
      $._line_end,
    ),
    date_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /date[ \t]*:/i)), $.field_name)),
      field('value', $._date_value),
      $._line_end,
    ),
    place_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /place[ \t]*:/i)), $.field_name)),
      field('value', $.value),
      $._line_end,
    ),
    kind_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /kind[ \t]*:/i)), $.field_name)),
      field('value', $.value),
      $._line_end,
    ),
    source_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /source[ \t]*:/i)), $.field_name)),
      field('value', $.value),
      $._line_end,
    ),
    author_field: $ => seq(
      field('key', alias(token(prec(PREC.key, /author[ \t]*:/i)), $.field_name)),
      field('value', $.value),
      $._line_end,
    ),

    // A date, a range, or text that is not a date (the model explains what is wrong with it).
    _date_value: $ => choice($.date, $.date_range, alias($.value, $.invalid_date)),

    date: _ => token(prec(PREC.keyword, /\d{4}(-\d{1,2}(-\d{1,2})?)?/)),

    date_range: $ => seq(
      field('start', $.date),
      choice('to', '..', '–', '—'),
      field('end', $.date),
    ),

    value: _ => textExcept(''),

    // ## Meeting title {#id}, then its fields and sections.
    meeting: $ => prec.right(seq(
      token(prec(PREC.heading, /##[ \t]+/)),
      field('heading', alias($._heading_text, $.heading)),
      optional(field('id', $.meeting_id)),
      $._line_end,
      repeat(choice($.date_field, $.place_field, $.kind_field, $._leading_blank)),
      repeat(choice($.paragraph, $._blank)),
      repeat(choice($.attendees_section, $.commitments_section, $.prose_section)),
    )),

    meeting_id: $ => seq('{#', field('name', alias(/[\p{L}\p{N}_.-]+/, $.identifier)), '}'),

    _heading_text: _ => textExcept('{'),

    attendees_section: $ => prec.right(seq(
      token(prec(PREC.heading, /###[ \t]+/)),
      field('heading', alias($.attendees_keyword, $.heading)),
      $._line_end,
      repeat(choice($.attendee, $._blank)),
    )),

    // - @handle: Name | Title | Country [acting, head]
    attendee: $ => seq(
      $._item,
      optional(seq(field('handle', $.handle), ':')),
      field('name', alias($._cell, $.name)),
      optional(seq(
        '|',
        optional(field('title', alias($._cell, $.title))),
        optional(seq('|', optional(field('organization', alias($._cell, $.organization))))),
      )),
      optional(field('flags', $.flags)),
      $._line_end,
    ),

    // A list item's dash; beats text so that an item is never read as prose.
    _item: _ => token(prec(PREC.key, '-')),

    _cell: _ => textExcept('@|\\[\\]'),

    // A handle never ends with "." or "-", so "@blinken." ends a sentence.
    handle: _ => /@[\p{L}\p{N}_]([\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/,

    flags: $ => seq('[', commaSep1($.flag), ']'),
    flag: _ => textExcept(',\\[\\]'),

    commitments_section: $ => prec.right(seq(
      token(prec(PREC.heading, /###[ \t]+/)),
      field('heading', alias($.commitments_keyword, $.heading)),
      $._line_end,
      repeat(choice($.commitment, $._blank)),
    )),

    // - @handle, Country, all: what was committed [due 2023-12-31]
    commitment: $ => seq(
      $._item,
      commaSep1(field('parties', $.party)),
      ':',
      field('text', alias($._commitment_text, $.text)),
      optional(field('due', $.due)),
      $._line_end,
    ),

    party: $ => choice($.handle, $.all, alias($._party_name, $.party_name)),
    all: _ => 'all',
    _party_name: _ => textExcept('@,:\\[\\]'),
    _commitment_text: _ => textExcept('\\[\\]'),

    due: $ => seq('[', 'due', field('date', choice($.date, $.date_range)), ']'),

    // ### Any other heading, then paragraphs.
    prose_section: $ => prec.right(seq(
      token(prec(PREC.heading, /###[ \t]+/)),
      field('heading', alias($._heading_text, $.heading)),
      $._line_end,
      repeat(choice($.paragraph, $._blank)),
    )),

    _prose_block: $ => choice($.prose_section, $.paragraph, $._blank),

    paragraph: $ => prec.right(repeat1($.line)),

    line: $ => seq(repeat1(choice($.text, $.handle_ref)), $._line_end),

    // Prose: an `@` inside a word (an e-mail address) is text, one at a word start is a handle.
    text: _ => /([^@<\r\n]|<[^!\r\n]|[\p{L}\p{N}]@)+/,

    handle_ref: $ => $.handle,

    // <!-- text -->, on one line. An unclosed comment runs to the line end (the model says so).
    comment: _ => token(/<!--([^-\r\n]|-[^-\r\n]|--+[^->\r\n])*(--+>|-*)/),

    // <!-- readout-disable-next-line rule-a, rule-b -->
    directive: $ => seq(
      alias(token(prec(PREC.directive, /<!--[ \t]*readout-/)), '<!-- readout-'),
      field('kind', $.directive_kind),
      optional(commaSep1(field('rules', $.rule_id))),
      '-->',
    ),
    directive_kind: _ => token(choice('disable', 'enable', 'disable-line', 'disable-next-line')),
    rule_id: _ => /[a-z0-9][a-z0-9_-]*/,
  },
});

/**
 * @param {RuleOrLiteral} rule
 * @returns {SeqRule}
 */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}
