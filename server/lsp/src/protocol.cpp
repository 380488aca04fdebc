#include "readout/lsp/protocol.hpp"

#include <cctype>
#include <cstdint>

namespace readout::lsp {
namespace {

// nlohmann converts any number (and even true/false) to an integer type by casting, so -1
// would become line 4294967295; LSP's integer types are checked here instead.
int64_t checked_integer(const json& j, const char* key, int64_t min, int64_t max) {
  const json& value = j.at(key);
  bool in_range = false;
  if (value.is_number_unsigned()) {
    in_range = value.get<uint64_t>() <= static_cast<uint64_t>(max);
  } else if (value.is_number_integer()) {
    int64_t v = value.get<int64_t>();
    in_range = v >= min && v <= max;
  }
  if (!in_range)
    throw json::type_error::create(302,
                                   std::string("\"") + key + "\" must be an integer from " +
                                       std::to_string(min) + " to " + std::to_string(max) +
                                       ", got " + value.dump().substr(0, 40),
                                   &value);
  return value.get<int64_t>();
}

constexpr int64_t kMaxUinteger = INT32_MAX;  // LSP uinteger: 0 to 2^31 - 1

}  // namespace

void to_json(json& j, const Position& p) { j = {{"line", p.line}, {"character", p.character}}; }
void from_json(const json& j, Position& p) {
  p.line = static_cast<uint32_t>(checked_integer(j, "line", 0, kMaxUinteger));
  p.character = static_cast<uint32_t>(checked_integer(j, "character", 0, kMaxUinteger));
}
void to_json(json& j, const Range& r) { j = {{"start", r.start}, {"end", r.end}}; }
void from_json(const json& j, Range& r) {
  j.at("start").get_to(r.start);
  j.at("end").get_to(r.end);
}

void from_json(const json& j, TextDocumentItem& d) {
  j.at("uri").get_to(d.uri);
  d.language_id = j.value("languageId", std::string());
  d.version = static_cast<int>(checked_integer(j, "version", INT32_MIN, INT32_MAX));
  j.at("text").get_to(d.text);
}

void from_json(const json& j, ContentChange& c) {
  if (j.contains("range")) c.range = j.at("range").get<Range>();
  j.at("text").get_to(c.text);
}

void from_json(const json& j, DidChangeParams& p) {
  const json& doc = j.at("textDocument");
  doc.at("uri").get_to(p.uri);
  p.version = static_cast<int>(checked_integer(doc, "version", INT32_MIN, INT32_MAX));
  j.at("contentChanges").get_to(p.changes);
}

void from_json(const json& j, DocumentPosition& p) {
  j.at("textDocument").at("uri").get_to(p.uri);
  j.at("position").get_to(p.position);
}

std::string document_uri(const json& params) {
  return params.at("textDocument").at("uri").get<std::string>();
}

void to_json(json& j, const LspTextEdit& e) { j = {{"range", e.range}, {"newText", e.new_text}}; }

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
    if (rest[i] == '%' && i + 2 < rest.size() + 0 &&
        std::isxdigit(static_cast<unsigned char>(rest[i + 1])) &&
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
