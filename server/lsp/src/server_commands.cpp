// workspace/executeCommand: "add this spelling as an alias" and "add this person". The server
// edits the workspace registry itself through workspace/applyEdit, so every editor gets the
// same behaviour without client-side code.
#include <chrono>

#include "readout/data/files.hpp"
#include "server_impl.hpp"

namespace readout::lsp {
namespace {

constexpr const char* kDefaultRegistryName = "registry.json";

// The user registry file edits go to: the last registry file named by the config (or the
// settings); when there is none, a new registry.json next to the config (or at the root),
// which is then named in the config. Returns an error message, or "" on success.
std::string choose_registry_file(const Context& context, const fs::path& root, fs::path& out) {
  if (!context.registry_files.empty()) {
    out = context.registry_files.back();
    return "";
  }
  fs::path dir = !context.config_file.empty() ? context.config_file.parent_path() : root;
  if (dir.empty()) return "no workspace folder to create a registry file in";
  out = dir / kDefaultRegistryName;
  std::string error;
  if (context.config_file.empty()) {
    std::string config = "{\n  \"registry\": [\"" + std::string(kDefaultRegistryName) + "\"]\n}\n";
    if (!data::write_file_atomically(dir / ".readout.json", config, error)) return error;
  } else {
    std::string text;
    if (!data::read_file(context.config_file, text, error)) return error;
    size_t brace = text.find('{');
    if (brace == std::string::npos) return "the configuration file is not a JSON object";
    // Trailing commas are allowed in .readout.json, so this insertion is always valid.
    text.insert(brace + 1, "\n  \"registry\": [\"" + std::string(kDefaultRegistryName) + "\"],");
    if (!data::write_file_atomically(context.config_file, text, error)) return error;
  }
  if (!fs::exists(out) &&
      !data::write_file_atomically(out, data::write_popolo(RegistryData{}), error))
    return error;
  return "";
}

}  // namespace

void Server::Impl::execute_command(const json& id, const json& params) {
  std::string command = params.at("command").get<std::string>();
  if (command != "readout.addAlias" && command != "readout.addPerson") {
    channel.reply_error(id, error_code::kInvalidParams, "unknown command " + command);
    return;
  }
  const json& args = params.at("arguments").at(0);
  std::string uri = args.at("uri").get<std::string>();
  Context context = workspace.context_for(uri_to_path(uri), progress_sink());
  fs::path file;
  if (std::string error = choose_registry_file(context, workspace.root(), file); !error.empty()) {
    channel.reply_error(id, error_code::kRequestFailed,
                        "cannot prepare the registry file: " + error);
    return;
  }
  if (context.registry_files.empty()) {
    // A config was created or gained a "registry" entry: its cached state is outdated.
    workspace.file_changed(context.config_file.empty() ? file.parent_path() / ".readout.json"
                                                       : context.config_file);
  }
  std::string current, read_error;
  data::read_file(file, current, read_error);

  RegistryEditResult edit;
  std::string label;
  if (command == "readout.addAlias") {
    std::string alias = args.at("alias").get<std::string>();
    const Person* person = context.registry->person(args.at("personId").get<std::string>());
    if (!person) {
      channel.reply_error(id, error_code::kInvalidParams, "unknown person in the registry");
      return;
    }
    edit = add_alias_to_registry(current, file.string(), *person, alias);
    label = "Add '" + alias + "' as a spelling of " + person->name;
  } else {
    std::string name = args.at("name").get<std::string>();
    edit = add_person_to_registry(current, file.string(), name);
    label = "Add " + name + " to the registry";
  }
  if (!edit.error.empty()) {
    channel.reply_error(id, error_code::kRequestFailed, edit.error);
    return;
  }
  LineIndex lines(current);
  Range whole{{0, 0},
              PositionMapper(current, lines, client.encoding)
                  .position(static_cast<uint32_t>(current.size()))};
  std::string file_uri = path_to_uri(file.string());
  json workspace_edit = {{"changes", {{file_uri, json::array({LspTextEdit{whole, edit.text}})}}}};
  if (!client.apply_edit) {
    std::string error;
    if (!data::write_file_atomically(file, edit.text, error)) {
      channel.reply_error(id, error_code::kRequestFailed, error);
      return;
    }
  } else {
    auto future =
        channel.request("workspace/applyEdit", {{"label", label}, {"edit", workspace_edit}});
    if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
      channel.reply_error(id, error_code::kRequestFailed, "the editor did not apply the edit");
      return;
    }
    json answer = future.get();
    if (!answer.is_object() || !answer.value("applied", false)) {
      channel.reply_error(
          id, error_code::kRequestFailed,
          "the editor refused the edit" + (answer.is_object() && answer.contains("failureReason")
                                               ? ": " + answer["failureReason"].get<std::string>()
                                               : std::string()));
      return;
    }
  }
  // The editor may not have saved the file yet: analyse with the edited text meanwhile.
  workspace.file_changed(file);
  workspace.set_registry_override(file, edit.text);
  channel.reply(id, nullptr);
  refresh_all_documents();
}

}  // namespace readout::lsp
