// External scanner for the readout grammar: line ends. A line ends at LF, CRLF or a lone CR,
// or at the end of the file. That last case is a zero-width token, so the scanner remembers that
// it produced one and never produces two at the same spot.
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

enum TokenType { LINE_END };

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

bool tree_sitter_readout_external_scanner_scan(void *payload, TSLexer *lexer,
                                               const bool *valid_symbols) {
  Scanner *scanner = (Scanner *)payload;
  if (!valid_symbols[LINE_END]) return false;

  while (lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == 0xFEFF) {
    lexer->advance(lexer, true);
  }
  if (lexer->lookahead == '\n') {
    lexer->advance(lexer, false);
  } else if (lexer->lookahead == '\r') {
    lexer->advance(lexer, false);
    if (lexer->lookahead == '\n') lexer->advance(lexer, false);
  } else if (lexer->eof(lexer)) {
    // The end of the file ends the last line. (Not get_column(): it is unreliable at the end of
    // a file.) After a final newline this is an empty blank line, which the grammar ignores.
    if (scanner->at_eof_line_end) return false;
    lexer->mark_end(lexer);
    lexer->result_symbol = LINE_END;
    scanner->at_eof_line_end = true;
    return true;
  } else {
    return false;
  }
  lexer->mark_end(lexer);
  lexer->result_symbol = LINE_END;
  scanner->at_eof_line_end = false;
  return true;
}
