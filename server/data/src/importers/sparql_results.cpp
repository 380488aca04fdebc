// Reading SPARQL 1.1 Query Results JSON (sparql_results.hpp).
#include "importers/sparql_results.hpp"

#include "popolo_json.hpp"

namespace readout::data {
namespace {

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, std::vector<FileError>& errors)
      : text_(text), lines_(text), file_(file), errors_(errors) {}

  void error(uint32_t offset, std::string message) {
    errors_.push_back(FileError::at(file_, text_, lines_, offset, std::move(message)));
  }

  // The member `key` of `object` when it is of `kind`; null (with an error) otherwise.
  const LocatedJson* member(const LocatedJson& object, std::string_view key, LocatedJson::Kind kind,
                            std::string_view what) {
    const LocatedJson* value = object.find(key);
    if (!value) {
      error(object.offset, std::string(what) + " has no \"" + std::string(key) + "\"");
      return nullptr;
    }
    if (value->kind != kind) {
      LocatedJson expected;
      expected.kind = kind;
      error(value->offset, "\"" + std::string(key) + "\" must be " +
                               std::string(expected.kind_name()) + ", not " +
                               std::string(value->kind_name()));
      return nullptr;
    }
    return value;
  }

  bool term(const LocatedJson& json, SparqlTerm& out) {
    if (json.kind != LocatedJson::Kind::Object) {
      error(json.offset, "a bound value must be an object, not " + std::string(json.kind_name()));
      return false;
    }
    out.offset = json.offset;
    const LocatedJson* type = member(json, "type", LocatedJson::Kind::String, "a bound value");
    const LocatedJson* value = member(json, "value", LocatedJson::Kind::String, "a bound value");
    if (!type || !value) return false;
    out.type = type->text;
    out.value = value->text;
    if (const LocatedJson* lang = json.find("xml:lang");
        lang && lang->kind == LocatedJson::Kind::String)
      out.lang = lang->text;
    if (const LocatedJson* datatype = json.find("datatype");
        datatype && datatype->kind == LocatedJson::Kind::String)
      out.datatype = datatype->text;
    return true;
  }

 private:
  std::string_view text_;
  LineIndex lines_;
  const std::string& file_;
  std::vector<FileError>& errors_;
};

}  // namespace

bool parse_sparql_results(std::string_view json_text, const std::string& file_name,
                          SparqlResults& out, std::vector<FileError>& errors) {
  const size_t errors_before = errors.size();
  Reader reader(json_text, file_name, errors);
  LocatedJson root;
  JsonSyntaxError syntax;
  if (!parse_located_json(json_text, root, syntax)) {
    reader.error(syntax.offset, "not valid JSON: " + syntax.message);
    return false;
  }
  if (root.kind != LocatedJson::Kind::Object) {
    reader.error(root.offset,
                 "expected SPARQL query results (a JSON object with \"head\" and "
                 "\"results\"), not " +
                     std::string(root.kind_name()));
    return false;
  }
  const LocatedJson* head = reader.member(root, "head", LocatedJson::Kind::Object, "the results");
  const LocatedJson* results =
      reader.member(root, "results", LocatedJson::Kind::Object, "the results");
  const LocatedJson* vars =
      head ? reader.member(*head, "vars", LocatedJson::Kind::Array, "\"head\"") : nullptr;
  const LocatedJson* bindings =
      results ? reader.member(*results, "bindings", LocatedJson::Kind::Array, "\"results\"")
              : nullptr;
  if (!vars || !bindings) return false;
  out.vars_offset = vars->offset;
  for (const auto& v : vars->items) {
    if (v.kind != LocatedJson::Kind::String)
      reader.error(v.offset, "a variable name must be a string, not " + std::string(v.kind_name()));
    else
      out.vars.push_back(v.text);
  }
  for (const auto& binding : bindings->items) {
    if (binding.kind != LocatedJson::Kind::Object) {
      reader.error(binding.offset,
                   "a solution must be an object, not " + std::string(binding.kind_name()));
      continue;
    }
    std::map<std::string, SparqlTerm> row;
    for (const auto& member : binding.members) {
      SparqlTerm term;
      if (reader.term(member.value, term)) row[member.key] = std::move(term);
    }
    out.rows.push_back(std::move(row));
    out.row_offsets.push_back(binding.offset);
  }
  return errors.size() == errors_before;
}

}  // namespace readout::data
