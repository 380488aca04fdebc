"""Checks the VS Code extension's manifest against the files it names and the issue's list:
usage: vscode_manifest.py EXTENSION_DIR."""
import json
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
manifest = json.loads((root / "package.json").read_text())
contributes = manifest["contributes"]
language = contributes["languages"][0]
assert language["id"] == "readout" and ".readout" in language["extensions"], language
for entry in [language["configuration"], contributes["grammars"][0]["path"],
              contributes["snippets"][0]["path"], manifest["main"]]:
    assert (root / entry).is_file(), f"{entry} is missing"
settings = contributes["configuration"]["properties"]
for key in ("readout.server.path", "readout.registry", "readout.rules", "readout.trace.server"):
    assert key in settings, key
titles = {c["command"]: f'{c["category"]}: {c["title"]}' for c in contributes["commands"]}
assert titles == {"readout.restartServer": "Readout: Restart Server",
                  "readout.showOutput": "Readout: Show Output"}, titles
snippets = json.loads((root / "snippets/readout.json").read_text())
assert {s["prefix"] for s in snippets.values()} == {"report", "meeting", "attendee", "commitment"}
config = json.loads((root / "language-configuration.json").read_text())
assert config["comments"]["blockComment"] == ["<!--", "-->"]
# Enter in a list item continues the list; Enter on an empty item ends it.
rules = config["onEnterRules"]
assert re.search(rules[0]["beforeText"], "- @blinken: Antony Blinken") and rules[0]["action"]["appendText"] == "- "
assert re.search(rules[1]["beforeText"], "- ") and not re.search(rules[0]["beforeText"], "- ")
# Every command the extension registers is declared, and the other way round.
source = (root / "src/extension.ts").read_text()
registered = set(re.findall(r"registerCommand\('([^']+)'", source))
assert registered == set(titles), registered
print("vscode manifest ok")
