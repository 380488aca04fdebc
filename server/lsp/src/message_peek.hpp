// What the server can still learn from a message it refuses (over the size limit, not valid
// JSON, nested too deeply): its id, method and document, read from its first bytes, so that the
// refusal answers the right request and names the right file.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace readout::lsp {

struct MessagePeek {
  nlohmann::json id;      // null when the start holds no usable id
  std::string method;     // empty when unknown
  std::string uri;        // params.textDocument.uri, empty when unknown
  bool response = false;  // a "result" or "error" member: a reply to one of the server's requests

  // A request the server can answer with an error naming its id: one with an id that is no
  // reply (the method itself may be what could not be read).
  [[nodiscard]] bool is_request() const { return !id.is_null() && !response; }
};

// Reads as much of `start` (a whole body or its first bytes) as parses.
MessagePeek peek_message(std::string_view start);

// Whether JSON text nests arrays and objects more than `limit` deep (strings are skipped), so
// that such text is refused before it is parsed into a tree that copies and destroys
// recursively.
bool nests_deeper_than(std::string_view text, size_t limit);

}  // namespace readout::lsp
