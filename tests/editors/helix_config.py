"""Checks what editors/helix/install.sh wrote: usage: helix_config.py CONFIG_DIR GRAMMAR_DIR."""
import pathlib
import sys
import tomllib

config, grammar = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
text = (config / "languages.toml").read_text()
assert text.count("# >>> readout >>>") == 1, "install.sh is not idempotent: the block is doubled"
data = tomllib.loads(text)
language = next(l for l in data["language"] if l["name"] == "readout")
assert language["file-types"] == ["readout"], language
assert language["language-servers"] == ["readout"], language
server = data["language-server"]["readout"]
assert server["command"] == "readout" and server["args"] == ["lsp"], server
source = next(g for g in data["grammar"] if g["name"] == "readout")["source"]
assert pathlib.Path(source["path"]) == grammar, source
for needed in ("src/parser.c", "src/scanner.c"):
    assert (grammar / needed).is_file(), needed
queries = config / "runtime/queries/readout"
assert {p.name for p in queries.glob("*.scm")} >= {"highlights.scm", "folds.scm", "locals.scm"}
print("helix: languages.toml and queries ok")
