"""Checks a built .vsix: usage: vsix_contents.py readout.vsix [--server]

With --server, the .vsix must be the linux-x64 one that carries its language server."""
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as vsix:
    names = set(vsix.namelist())
    for needed in ("extension/package.json", "extension/out/extension.js",
                   "extension/out/server.js", "extension/syntaxes/readout.tmLanguage.json",
                   "extension/language-configuration.json", "extension/snippets/readout.json",
                   "extension/readme.md",
                   "extension/node_modules/vscode-languageclient/package.json"):
        assert needed in names, f"{needed} not in the .vsix"
    assert not any(n.startswith("extension/src/") or n.startswith("extension/test/") for n in names)
    assert not any("/node_modules/typescript/" in n for n in names), "dev dependencies packed"
    if "--server" in sys.argv[2:]:
        server = vsix.getinfo("extension/server/readout")
        assert (server.external_attr >> 16) & 0o111, "server/readout is not executable"
        assert 'TargetPlatform="linux-x64"' in vsix.read("extension.vsixmanifest").decode(), \
            "the .vsix is not marked for linux-x64"
    else:
        assert not any(n.startswith("extension/server/") for n in names), "a server in a universal .vsix"
    manifest = json.loads(vsix.read("extension/package.json"))
    print(f"vsix ok: {manifest['name']} {manifest['version']}, {len(names)} files")
