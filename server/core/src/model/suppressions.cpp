// Suppression directives: <!-- readout-disable-next-line rule-a, rule-b -->.
#include "model/model_nodes.hpp"

namespace readout::model_detail {
namespace {

std::optional<Suppression::Kind> kind_of(std::string_view word) {
  if (word == "disable") return Suppression::Kind::Disable;
  if (word == "enable") return Suppression::Kind::Enable;
  if (word == "disable-line") return Suppression::Kind::DisableLine;
  if (word == "disable-next-line") return Suppression::Kind::DisableNextLine;
  return std::nullopt;
}

Suppression read_directive(const SyntaxTree& tree, TSNode node, Suppression::Kind kind) {
  Suppression suppression;
  suppression.kind = kind;
  suppression.range = SyntaxTree::node_range(node);
  suppression.line = tree.lines().position(suppression.range.begin).line;
  for (TSNode rule : field_children(node, "rules")) {
    if (!ts_node_is_missing(rule)) suppression.rules.push_back(span_of(tree, rule));
  }
  return suppression;
}

}  // namespace

void collect_suppressions(const SyntaxTree& tree, TSNode from, std::vector<Suppression>& out) {
  if (!may_hold_comment_or_error(tree, from)) return;
  walk(from, [&](TSNode node) {
    if (!is(node, "directive")) return true;
    const TSNode kind_node = field(node, "kind");
    if (ts_node_is_null(kind_node)) return false;
    if (auto kind = kind_of(tree.node_text(kind_node))) {
      out.push_back(read_directive(tree, node, *kind));
    }
    return false;
  });
}

}  // namespace readout::model_detail
