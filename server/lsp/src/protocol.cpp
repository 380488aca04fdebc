#include "readout/lsp/protocol.hpp"

#include <cctype>

namespace readout::lsp {

void to_json(json& j, const Position& p) { j = {{"line", p.line}, {"character", p.character}}; }
void from_json(const json& j, Position& p) {
  j.at("line").get_to(p.line);
  j.at("character").get_to(p.character);
}
void to_json(json& j, const Range& r) { j = {{"start", r.start}, {"end", r.end}}; }
void from_json(const json& j, Range& r) {
  j.at("start").get_to(r.start);
  j.at("end").get_to(r.end);
}

void from_json(const json& j, TextDocumentItem& d) {
  j.at("uri").get_to(d.uri);
  d.language_id = j.value("languageId", std::string());
  j.at("version").get_to(d.version);
  j.at("text").get_to(d.text);
}

void from_json(const json& j, ContentChange& c) {
  if (j.contains("range")) c.range = j.at("range").get<Range>();
  j.at("text").get_to(c.text);
}

void from_json(const json& j, DidChangeParams& p) {
  const json& doc = j.at("textDocument");
  doc.at("uri").get_to(p.uri);
  doc.at("version").get_to(p.version);
  j.at("contentChanges").get_to(p.changes);
}

void from_json(const json& j, DocumentPosition& p) {
  j.at("textDocument").at("uri").get_to(p.uri);
  j.at("position").get_to(p.position);
}

std::string document_uri(const json& params) {
  return params.at("textDocument").at("uri").get<std::string>();
}

void to_json(json& j, const LspTextEdit& e) {
  j = {{"range", e.range}, {"newText", e.new_text}};
}

std::string path_to_uri(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::optional<std::string> uri_to_path(const std::string& uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.rfind(kScheme, 0) != 0) return std::nullopt;
  std::string_view rest = std::string_view(uri).substr(kScheme.size());
  size_t slash = rest.find('/');  // skip an authority such as "localhost"
  if (slash == std::string_view::npos) return std::nullopt;
  rest = rest.substr(slash);
  std::string out;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() + 0 && std::isxdigit(static_cast<unsigned char>(rest[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(rest[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(rest.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += rest[i];
    }
  }
  return out;
}

}  // namespace readout::lsp
