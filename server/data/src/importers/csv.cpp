#include "importers/csv.hpp"

namespace readout::data::csv {

std::vector<Row> parse(std::string_view text, Field& error) {
  std::vector<Row> rows;
  Row row;
  uint32_t line = 1, column = 1;
  size_t i = 0;
  auto advance = [&](size_t n) {
    for (size_t k = 0; k < n && i < text.size(); ++k, ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
  };
  while (i < text.size()) {
    Field field{{}, line, column};
    if (text[i] == '"') {
      advance(1);
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.value.push_back('"');
            advance(2);
            continue;
          }
          advance(1);
          closed = true;
          break;
        }
        field.value.push_back(text[i]);
        advance(1);
      }
      if (!closed) {
        error = {"unterminated quoted field", field.line, field.column};
        return rows;
      }
    }
    while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
      field.value.push_back(text[i]);
      advance(1);
    }
    row.push_back(std::move(field));
    if (i < text.size() && text[i] == ',') {
      advance(1);
      if (i == text.size()) row.push_back({{}, line, column});
      continue;
    }
    if (i < text.size() && text[i] == '\r') advance(1);
    if (i < text.size() && text[i] == '\n') advance(1);
    rows.push_back(std::move(row));
    row.clear();
  }
  if (!row.empty()) rows.push_back(std::move(row));
  return rows;
}

}  // namespace readout::data::csv
