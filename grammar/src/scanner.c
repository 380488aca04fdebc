// External scanner for the readout grammar.
//
// 1. Line ends. A line ends at LF, CRLF or a lone CR, or at the end of the file. That last case is
//    a zero-width token, so the scanner remembers that it produced one and never produces two at
//    the same spot.
// 2. Prose `text` that starts with a character other than a space (most prose: every line that
//    starts with a word; text after a handle starts with a space and is left to the generated
//    lexer, which takes the space into the token). The grammar's own `text` rule says the same;
//    the generated lexer must test every character of it against the Unicode letter table (for
//    `[\p{L}\p{N}]@`), a binary search per character, while this loop only does so before an `@`.
//    The scanner declines (returns false) whenever the generated lexer could have chosen another
//    token, so the tree is the one the rule alone gives.
// 3. The section keywords (`### Attendees`, `Participants`, `Commitments`, in the three
//    spellings of each). As strings in the grammar they multiplied the lexer's states (each
//    prefix of each spelling, inside heading text) past the 300 at which `tree-sitter generate`
//    compiles the whole parser without optimisation (#pragma GCC optimize "O0").
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

enum TokenType { LINE_END, TEXT, ATTENDEES_KEYWORD, COMMITMENTS_KEYWORD };

typedef struct {
  bool at_eof_line_end;  // the last token was the zero-width line end at the end of the file
} Scanner;

void *tree_sitter_readout_external_scanner_create(void) {
  return calloc(1, sizeof(Scanner));
}

void tree_sitter_readout_external_scanner_destroy(void *payload) { free(payload); }

unsigned tree_sitter_readout_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *scanner = (Scanner *)payload;
  buffer[0] = (char)scanner->at_eof_line_end;
  return 1;
}

void tree_sitter_readout_external_scanner_deserialize(void *payload, const char *buffer,
                                                      unsigned length) {
  Scanner *scanner = (Scanner *)payload;
  scanner->at_eof_line_end = length > 0 && buffer[0] != 0;
}

// \p{L} and \p{N} above ASCII, as tree-sitter's tables have them (the generated parser's
// sym_handle_character_set_1, less its ASCII part and `_`).
static const int32_t kLetterRanges[][2] = {
  {0xaa, 0xaa}, {0xb2, 0xb3}, {0xb5, 0xb5}, {0xb9, 0xba}, {0xbc, 0xbe}, {0xc0, 0xd6},
  {0xd8, 0xf6}, {0xf8, 0x2c1}, {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec}, {0x2ee, 0x2ee},
  {0x370, 0x374}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f}, {0x386, 0x386}, {0x388, 0x38a},
  {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f}, {0x531, 0x556},
  {0x559, 0x559}, {0x560, 0x588}, {0x5d0, 0x5ea}, {0x5ef, 0x5f2}, {0x620, 0x64a}, {0x660, 0x669},
  {0x66e, 0x66f}, {0x671, 0x6d3}, {0x6d5, 0x6d5}, {0x6e5, 0x6e6}, {0x6ee, 0x6fc}, {0x6ff, 0x6ff},
  {0x710, 0x710}, {0x712, 0x72f}, {0x74d, 0x7a5}, {0x7b1, 0x7b1}, {0x7c0, 0x7ea}, {0x7f4, 0x7f5},
  {0x7fa, 0x7fa}, {0x800, 0x815}, {0x81a, 0x81a}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858},
  {0x860, 0x86a}, {0x870, 0x887}, {0x889, 0x88e}, {0x8a0, 0x8c9}, {0x904, 0x939}, {0x93d, 0x93d},
  {0x950, 0x950}, {0x958, 0x961}, {0x966, 0x96f}, {0x971, 0x980}, {0x985, 0x98c}, {0x98f, 0x990},
  {0x993, 0x9a8}, {0x9aa, 0x9b0}, {0x9b2, 0x9b2}, {0x9b6, 0x9b9}, {0x9bd, 0x9bd}, {0x9ce, 0x9ce},
  {0x9dc, 0x9dd}, {0x9df, 0x9e1}, {0x9e6, 0x9f1}, {0x9f4, 0x9f9}, {0x9fc, 0x9fc}, {0xa05, 0xa0a},
  {0xa0f, 0xa10}, {0xa13, 0xa28}, {0xa2a, 0xa30}, {0xa32, 0xa33}, {0xa35, 0xa36}, {0xa38, 0xa39},
  {0xa59, 0xa5c}, {0xa5e, 0xa5e}, {0xa66, 0xa6f}, {0xa72, 0xa74}, {0xa85, 0xa8d}, {0xa8f, 0xa91},
  {0xa93, 0xaa8}, {0xaaa, 0xab0}, {0xab2, 0xab3}, {0xab5, 0xab9}, {0xabd, 0xabd}, {0xad0, 0xad0},
  {0xae0, 0xae1}, {0xae6, 0xaef}, {0xaf9, 0xaf9}, {0xb05, 0xb0c}, {0xb0f, 0xb10}, {0xb13, 0xb28},
  {0xb2a, 0xb30}, {0xb32, 0xb33}, {0xb35, 0xb39}, {0xb3d, 0xb3d}, {0xb5c, 0xb5d}, {0xb5f, 0xb61},
  {0xb66, 0xb6f}, {0xb71, 0xb77}, {0xb83, 0xb83}, {0xb85, 0xb8a}, {0xb8e, 0xb90}, {0xb92, 0xb95},
  {0xb99, 0xb9a}, {0xb9c, 0xb9c}, {0xb9e, 0xb9f}, {0xba3, 0xba4}, {0xba8, 0xbaa}, {0xbae, 0xbb9},
  {0xbd0, 0xbd0}, {0xbe6, 0xbf2}, {0xc05, 0xc0c}, {0xc0e, 0xc10}, {0xc12, 0xc28}, {0xc2a, 0xc39},
  {0xc3d, 0xc3d}, {0xc58, 0xc5a}, {0xc5d, 0xc5d}, {0xc60, 0xc61}, {0xc66, 0xc6f}, {0xc78, 0xc7e},
  {0xc80, 0xc80}, {0xc85, 0xc8c}, {0xc8e, 0xc90}, {0xc92, 0xca8}, {0xcaa, 0xcb3}, {0xcb5, 0xcb9},
  {0xcbd, 0xcbd}, {0xcdd, 0xcde}, {0xce0, 0xce1}, {0xce6, 0xcef}, {0xcf1, 0xcf2}, {0xd04, 0xd0c},
  {0xd0e, 0xd10}, {0xd12, 0xd3a}, {0xd3d, 0xd3d}, {0xd4e, 0xd4e}, {0xd54, 0xd56}, {0xd58, 0xd61},
  {0xd66, 0xd78}, {0xd7a, 0xd7f}, {0xd85, 0xd96}, {0xd9a, 0xdb1}, {0xdb3, 0xdbb}, {0xdbd, 0xdbd},
  {0xdc0, 0xdc6}, {0xde6, 0xdef}, {0xe01, 0xe30}, {0xe32, 0xe33}, {0xe40, 0xe46}, {0xe50, 0xe59},
  {0xe81, 0xe82}, {0xe84, 0xe84}, {0xe86, 0xe8a}, {0xe8c, 0xea3}, {0xea5, 0xea5}, {0xea7, 0xeb0},
  {0xeb2, 0xeb3}, {0xebd, 0xebd}, {0xec0, 0xec4}, {0xec6, 0xec6}, {0xed0, 0xed9}, {0xedc, 0xedf},
  {0xf00, 0xf00}, {0xf20, 0xf33}, {0xf40, 0xf47}, {0xf49, 0xf6c}, {0xf88, 0xf8c}, {0x1000, 0x102a},
  {0x103f, 0x1049}, {0x1050, 0x1055}, {0x105a, 0x105d}, {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106e, 0x1070},
  {0x1075, 0x1081}, {0x108e, 0x108e}, {0x1090, 0x1099}, {0x10a0, 0x10c5}, {0x10c7, 0x10c7}, {0x10cd, 0x10cd},
  {0x10d0, 0x10fa}, {0x10fc, 0x1248}, {0x124a, 0x124d}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125a, 0x125d},
  {0x1260, 0x1288}, {0x128a, 0x128d}, {0x1290, 0x12b0}, {0x12b2, 0x12b5}, {0x12b8, 0x12be}, {0x12c0, 0x12c0},
  {0x12c2, 0x12c5}, {0x12c8, 0x12d6}, {0x12d8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135a}, {0x1369, 0x137c},
  {0x1380, 0x138f}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd}, {0x1401, 0x166c}, {0x166f, 0x167f}, {0x1681, 0x169a},
  {0x16a0, 0x16ea}, {0x16ee, 0x16f8}, {0x1700, 0x1711}, {0x171f, 0x1731}, {0x1740, 0x1751}, {0x1760, 0x176c},
  {0x176e, 0x1770}, {0x1780, 0x17b3}, {0x17d7, 0x17d7}, {0x17dc, 0x17dc}, {0x17e0, 0x17e9}, {0x17f0, 0x17f9},
  {0x1810, 0x1819}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18a8}, {0x18aa, 0x18aa}, {0x18b0, 0x18f5},
  {0x1900, 0x191e}, {0x1946, 0x196d}, {0x1970, 0x1974}, {0x1980, 0x19ab}, {0x19b0, 0x19c9}, {0x19d0, 0x19da},
  {0x1a00, 0x1a16}, {0x1a20, 0x1a54}, {0x1a80, 0x1a89}, {0x1a90, 0x1a99}, {0x1aa7, 0x1aa7}, {0x1b05, 0x1b33},
  {0x1b45, 0x1b4c}, {0x1b50, 0x1b59}, {0x1b83, 0x1ba0}, {0x1bae, 0x1be5}, {0x1c00, 0x1c23}, {0x1c40, 0x1c49},
  {0x1c4d, 0x1c7d}, {0x1c80, 0x1c88}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cbf}, {0x1ce9, 0x1cec}, {0x1cee, 0x1cf3},
  {0x1cf5, 0x1cf6}, {0x1cfa, 0x1cfa}, {0x1d00, 0x1dbf}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45},
  {0x1f48, 0x1f4d}, {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d},
  {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3},
  {0x1fd6, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc}, {0x2070, 0x2071}, {0x2074, 0x2079},
  {0x207f, 0x2089}, {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115},
  {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139},
  {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e}, {0x2150, 0x2189}, {0x2460, 0x249b}, {0x24ea, 0x24ff},
  {0x2776, 0x2793}, {0x2c00, 0x2ce4}, {0x2ceb, 0x2cee}, {0x2cf2, 0x2cf3}, {0x2cfd, 0x2cfd}, {0x2d00, 0x2d25},
  {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0x2d30, 0x2d67}, {0x2d6f, 0x2d6f}, {0x2d80, 0x2d96}, {0x2da0, 0x2da6},
  {0x2da8, 0x2dae}, {0x2db0, 0x2db6}, {0x2db8, 0x2dbe}, {0x2dc0, 0x2dc6}, {0x2dc8, 0x2dce}, {0x2dd0, 0x2dd6},
  {0x2dd8, 0x2dde}, {0x2e2f, 0x2e2f}, {0x3005, 0x3007}, {0x3021, 0x3029}, {0x3031, 0x3035}, {0x3038, 0x303c},
  {0x3041, 0x3096}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff}, {0x3105, 0x312f}, {0x3131, 0x318e},
  {0x3192, 0x3195}, {0x31a0, 0x31bf}, {0x31f0, 0x31ff}, {0x3220, 0x3229}, {0x3248, 0x324f}, {0x3251, 0x325f},
  {0x3280, 0x3289}, {0x32b1, 0x32bf}, {0x3400, 0x3400}, {0x4dbf, 0x4dbf}, {0x4e00, 0x4e00}, {0x9fff, 0xa48c},
  {0xa4d0, 0xa4fd}, {0xa500, 0xa60c}, {0xa610, 0xa62b}, {0xa640, 0xa66e}, {0xa67f, 0xa69d}, {0xa6a0, 0xa6ef},
  {0xa717, 0xa71f}, {0xa722, 0xa788}, {0xa78b, 0xa7ca}, {0xa7d0, 0xa7d1}, {0xa7d3, 0xa7d3}, {0xa7d5, 0xa7d9},
  {0xa7f2, 0xa801}, {0xa803, 0xa805}, {0xa807, 0xa80a}, {0xa80c, 0xa822}, {0xa830, 0xa835}, {0xa840, 0xa873},
  {0xa882, 0xa8b3}, {0xa8d0, 0xa8d9}, {0xa8f2, 0xa8f7}, {0xa8fb, 0xa8fb}, {0xa8fd, 0xa8fe}, {0xa900, 0xa925},
  {0xa930, 0xa946}, {0xa960, 0xa97c}, {0xa984, 0xa9b2}, {0xa9cf, 0xa9d9}, {0xa9e0, 0xa9e4}, {0xa9e6, 0xa9fe},
  {0xaa00, 0xaa28}, {0xaa40, 0xaa42}, {0xaa44, 0xaa4b}, {0xaa50, 0xaa59}, {0xaa60, 0xaa76}, {0xaa7a, 0xaa7a},
  {0xaa7e, 0xaaaf}, {0xaab1, 0xaab1}, {0xaab5, 0xaab6}, {0xaab9, 0xaabd}, {0xaac0, 0xaac0}, {0xaac2, 0xaac2},
  {0xaadb, 0xaadd}, {0xaae0, 0xaaea}, {0xaaf2, 0xaaf4}, {0xab01, 0xab06}, {0xab09, 0xab0e}, {0xab11, 0xab16},
  {0xab20, 0xab26}, {0xab28, 0xab2e}, {0xab30, 0xab5a}, {0xab5c, 0xab69}, {0xab70, 0xabe2}, {0xabf0, 0xabf9},
  {0xac00, 0xac00}, {0xd7a3, 0xd7a3}, {0xd7b0, 0xd7c6}, {0xd7cb, 0xd7fb}, {0xf900, 0xfa6d}, {0xfa70, 0xfad9},
  {0xfb00, 0xfb06}, {0xfb13, 0xfb17}, {0xfb1d, 0xfb1d}, {0xfb1f, 0xfb28}, {0xfb2a, 0xfb36}, {0xfb38, 0xfb3c},
  {0xfb3e, 0xfb3e}, {0xfb40, 0xfb41}, {0xfb43, 0xfb44}, {0xfb46, 0xfbb1}, {0xfbd3, 0xfd3d}, {0xfd50, 0xfd8f},
  {0xfd92, 0xfdc7}, {0xfdf0, 0xfdfb}, {0xfe70, 0xfe74}, {0xfe76, 0xfefc}, {0xff10, 0xff19}, {0xff21, 0xff3a},
  {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0xffc2, 0xffc7}, {0xffca, 0xffcf}, {0xffd2, 0xffd7}, {0xffda, 0xffdc},
  {0x10000, 0x1000b}, {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
  {0x10080, 0x100fa}, {0x10107, 0x10133}, {0x10140, 0x10178}, {0x1018a, 0x1018b}, {0x10280, 0x1029c}, {0x102a0, 0x102d0},
  {0x102e1, 0x102fb}, {0x10300, 0x10323}, {0x1032d, 0x1034a}, {0x10350, 0x10375}, {0x10380, 0x1039d}, {0x103a0, 0x103c3},
  {0x103c8, 0x103cf}, {0x103d1, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
  {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057a}, {0x1057c, 0x1058a}, {0x1058c, 0x10592}, {0x10594, 0x10595},
  {0x10597, 0x105a1}, {0x105a3, 0x105b1}, {0x105b3, 0x105b9}, {0x105bb, 0x105bc}, {0x10600, 0x10736}, {0x10740, 0x10755},
  {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107b0}, {0x107b2, 0x107ba}, {0x10800, 0x10805}, {0x10808, 0x10808},
  {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10858, 0x10876}, {0x10879, 0x1089e},
  {0x108a7, 0x108af}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x108fb, 0x1091b}, {0x10920, 0x1092b},
};

static bool is_letter_or_digit(int32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  size_t low = 0;
  size_t high = sizeof(kLetterRanges) / sizeof(kLetterRanges[0]);
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (c < kLetterRanges[mid][0]) {
      high = mid;
    } else if (c > kLetterRanges[mid][1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

// The field keys (`dateline:` and the others, any case, spaces or tabs before the colon) beat
// text where they are valid; the generated lexer knows where. A token that starts like one is left
// to it. Reads the key's letters; returns true when a key matched up to its colon. Otherwise
// everything read was text (letters, spaces, tabs), and *last_alnum tells whether the last
// character read was a letter.
static bool starts_with_field_key(TSLexer *lexer, bool *last_alnum) {
  static const char *const keys[] = {"dateline", "date", "place", "kind", "source", "author"};
  enum { KEY_COUNT = sizeof(keys) / sizeof(keys[0]) };
  bool alive[KEY_COUNT];
  for (int k = 0; k < KEY_COUNT; k++) alive[k] = true;
  *last_alnum = false;
  for (unsigned i = 0;; i++) {
    int32_t c = lexer->lookahead;
    int32_t lower = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    bool goes_on = false;
    bool complete = false;
    for (int k = 0; k < KEY_COUNT; k++) {
      if (!alive[k]) continue;
      if (keys[k][i] == '\0') {
        complete = true;
        alive[k] = false;
      } else if (keys[k][i] == lower) {
        goes_on = true;
      } else {
        alive[k] = false;
      }
    }
    if (goes_on) {
      advance(lexer);
      *last_alnum = true;
      continue;
    }
    if (!complete) return false;
    // A whole key word ("date" in "dateline" goes on above): a key if spaces or tabs, then a
    // colon, follow.
    while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
      advance(lexer);
      *last_alnum = false;
    }
    return lexer->lookahead == ':';
  }
}

// Prose text from the current character, which is neither a space nor a line end:
// ([^@<\r\n] | <[^!\r\n] | [\p{L}\p{N}]@)+, longest match.
static bool scan_text(TSLexer *lexer) {
  int32_t first = lexer->lookahead;
  if (first == '#' || first == '<' || first == '@' || first == 0) return false;
  bool last_alnum = false;
  switch (first) {
    case 'a': case 'A': case 'd': case 'D': case 'p': case 'P':
    case 'k': case 'K': case 's': case 'S':
      if (starts_with_field_key(lexer, &last_alnum)) return false;
      break;
    default:
      break;
  }
  // The token ends where the loop stops, or before a `<` that cannot go on: mark_end is called
  // only there. Whether a character is a letter matters only before an `@`.
  for (;;) {
    int32_t c = lexer->lookahead;
    if (c == '\n' || c == '\r' || c == 0) break;  // (0: also the end of the file)
    if (c == '<') {
      lexer->mark_end(lexer);
      advance(lexer);
      c = lexer->lookahead;
      if (c == '!' || c == '\n' || c == '\r' || c == 0) return true;
      advance(lexer);
      last_alnum = false;
    } else if (c == '@') {
      if (!last_alnum) break;
      advance(lexer);
      last_alnum = false;
    } else {
      advance(lexer);
      // Only an `@` next asks whether this character was a letter.
      if (lexer->lookahead == '@') {
        last_alnum = is_letter_or_digit(c);
      } else {
        last_alnum = false;
      }
    }
  }
  lexer->mark_end(lexer);
  return true;
}

// The section keywords, by group: the spellings that one token stands for.
static const char *const kAttendeesSpellings[] = {
    "Attendees", "attendees", "ATTENDEES", "Participants", "participants", "PARTICIPANTS", NULL,
};
static const char *const kCommitmentsSpellings[] = {
    "Commitments", "commitments", "COMMITMENTS", NULL,
};

// Whether the characters from here match one spelling of either group (a NULL group is left
// out) to its end; the spelling is consumed. Reads up to the first character no spelling has.
static bool match_spelling(TSLexer *lexer, const char *const *first_group,
                           const char *const *second_group) {
  const char *const *groups[2] = {first_group, second_group};
  bool alive[2][8];
  for (int g = 0; g < 2; g++) {
    for (int s = 0; s < 8; s++) alive[g][s] = groups[g] != NULL;
  }
  for (unsigned i = 0;; i++) {
    int32_t c = lexer->lookahead;
    bool goes_on = false;
    for (int g = 0; g < 2; g++) {
      if (groups[g] == NULL) continue;
      for (int s = 0; groups[g][s] != NULL; s++) {
        if (!alive[g][s]) continue;
        if (groups[g][s][i] == '\0') return true;  // (no spelling is a prefix of another)
        if ((unsigned char)groups[g][s][i] == c) {
          goes_on = true;
        } else {
          alive[g][s] = false;
        }
      }
    }
    if (!goes_on) return false;
    advance(lexer);
  }
}

// Which group a spelling that was just matched belongs to: the first letter tells.
static enum TokenType keyword_group(int32_t first) {
  return (first == 'C' || first == 'c') ? COMMITMENTS_KEYWORD : ATTENDEES_KEYWORD;
}

static bool is_space(int32_t c) {  // tree-sitter's \s
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// After a keyword: whether heading text (the grammar's _heading_text, `textExcept('{')`) would go
// on past it, that is, reach one more character that may end it. If not, the heading text is
// exactly the keyword, and the keyword (a string) beats it.
static bool heading_text_goes_on(TSLexer *lexer) {
  for (;;) {
    int32_t c = lexer->lookahead;
    if (c == '{' || c == '\n' || c == '\r' || c == 0) return false;
    if (c == '<') {
      advance(lexer);
      c = lexer->lookahead;
      if (c == '!' || c == '{' || c == '\n' || c == '\r' || c == 0) return false;
      if (!is_space(c)) return true;
      advance(lexer);
      continue;
    }
    if (!is_space(c)) return true;
    advance(lexer);
  }
}

// A section keyword where one is valid, in the normal (not error-recovery) mode: there the
// generated lexer also has heading text, and the longer of the two wins (the keyword when they
// are equal).
static bool scan_keyword(TSLexer *lexer, const bool *valid_symbols) {
  // Spaces and tabs before a token are skipped. A byte-order mark may also begin heading text,
  // so the generated lexer takes it, and what follows, into the token.
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t') lexer->advance(lexer, true);
  if (lexer->lookahead == 0xFEFF) {
    while (lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == 0xFEFF) {
      advance(lexer);
    }
  }
  int32_t first = lexer->lookahead;
  if (!match_spelling(lexer, valid_symbols[ATTENDEES_KEYWORD] ? kAttendeesSpellings : NULL,
                      valid_symbols[COMMITMENTS_KEYWORD] ? kCommitmentsSpellings : NULL)) {
    return false;
  }
  lexer->mark_end(lexer);
  if (heading_text_goes_on(lexer)) return false;
  lexer->result_symbol = keyword_group(first);
  return true;
}

bool tree_sitter_readout_external_scanner_scan(void *payload, TSLexer *lexer,
                                               const bool *valid_symbols) {
  Scanner *scanner = (Scanner *)payload;
  // Error recovery (the parse table's state 0) has line ends and the keywords valid; in the
  // grammar, a line end and a keyword never are at once.
  bool recovering = valid_symbols[LINE_END] && valid_symbols[ATTENDEES_KEYWORD];

  if (valid_symbols[LINE_END]) {
    bool skipped = false;
    while (lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == 0xFEFF) {
      lexer->advance(lexer, true);
      skipped = true;
    }
    if (lexer->lookahead == '\n') {
      advance(lexer);
    } else if (lexer->lookahead == '\r') {
      advance(lexer);
      if (lexer->lookahead == '\n') advance(lexer);
    } else if (lexer->eof(lexer)) {
      // The end of the file ends the last line. (Not get_column(): it is unreliable at the end
      // of a file.) After a final newline this is an empty blank line, which the grammar ignores.
      if (scanner->at_eof_line_end) return false;
      lexer->mark_end(lexer);
      lexer->result_symbol = LINE_END;
      scanner->at_eof_line_end = true;
      return true;
    } else if (recovering) {
      // The generated lexer's error mode has the keywords, as strings, but no heading text: a
      // keyword wherever one starts.
      int32_t first = lexer->lookahead;
      if (!match_spelling(lexer, kAttendeesSpellings, kCommitmentsSpellings)) return false;
      lexer->mark_end(lexer);
      lexer->result_symbol = keyword_group(first);
      scanner->at_eof_line_end = false;
      return true;
    } else if (skipped || !valid_symbols[TEXT]) {
      // Where text is valid, the generated lexer takes leading spaces into the token: leave
      // such a token to it.
      return false;
    } else if (!scan_text(lexer)) {
      return false;
    } else {
      lexer->result_symbol = TEXT;
      scanner->at_eof_line_end = false;
      return true;
    }
    lexer->mark_end(lexer);
    lexer->result_symbol = LINE_END;
    scanner->at_eof_line_end = false;
    return true;
  }

  if (recovering) return false;  // (never: a line end is valid in error recovery)
  if (valid_symbols[ATTENDEES_KEYWORD] || valid_symbols[COMMITMENTS_KEYWORD]) {
    if (!scan_keyword(lexer, valid_symbols)) return false;
    scanner->at_eof_line_end = false;
    return true;
  }
  if (valid_symbols[TEXT] && lexer->lookahead != ' ' && lexer->lookahead != '\t' &&
      lexer->lookahead != 0xFEFF && lexer->lookahead != '\n' && lexer->lookahead != '\r' &&
      scan_text(lexer)) {
    lexer->result_symbol = TEXT;
    scanner->at_eof_line_end = false;
    return true;
  }
  return false;
}
