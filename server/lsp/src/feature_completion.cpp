// Completion: the session's items as LSP CompletionItems, ranked through sortText.
#include <algorithm>
#include <cstdio>

#include "feature_util.hpp"
#include "readout/session/queries.hpp"

namespace readout::lsp {
namespace {

int item_kind(session::CompletionKind kind) {
  switch (kind) {
    case session::CompletionKind::Person:
      return completion_kind::kVariable;
    case session::CompletionKind::Title:
      return completion_kind::kValue;
    case session::CompletionKind::Country:
      return completion_kind::kModule;
    case session::CompletionKind::Handle:
      return completion_kind::kReference;
    case session::CompletionKind::Keyword:
      return completion_kind::kKeyword;
    case session::CompletionKind::MeetingKind:
      return completion_kind::kEnumMember;
  }
  return completion_kind::kText;
}

// Clients sort by sortText: the higher the score, the earlier.
std::string sort_text(const session::CompletionItem& item) {
  char sort[16];
  std::snprintf(sort, sizeof sort, "%04d", std::max(0, 9999 - item.score));
  return std::string(sort) + item.label;
}

}  // namespace

json completion(const SyntaxSnapshot& snapshot, const json& params, const ClientFeatures& client) {
  const uint32_t offset = snapshot.mapper().offset(params.at("position").get<Position>());
  session::Completions found =
      session::completion({*snapshot.tree, *snapshot.registry, snapshot.analysis.get()}, offset,
                          {.insert_titles = client.insert_titles});
  Range replace = snapshot.mapper().range(found.replace);
  json items = json::array();
  for (const auto& item : found.items) {
    json j = {{"label", item.label},
              {"kind", item_kind(item.kind)},
              {"sortText", sort_text(item)},
              {"textEdit", {{"range", replace}, {"newText", item.new_text}}}};
    if (item.detail) j["detail"] = *item.detail;
    if (item.filter_text) j["filterText"] = *item.filter_text;
    if (item.documentation)
      j["documentation"] = {{"kind", "markdown"}, {"value", *item.documentation}};
    items.push_back(std::move(j));
  }
  return {{"isIncomplete", found.incomplete}, {"items", items}};
}

}  // namespace readout::lsp
