#!/usr/bin/env python3
"""The layer check: every #include in server/ stays within what its layer may use.

  core     nothing of data, session, lsp or cli; no nlohmann JSON, no Boost
  data     core
  session  core, data; no Boost (no Asio)
  lsp      core, data, session
  cli      core, data, session, and the language server's public headers (server/lsp/include)

A quoted include is resolved as the compiler would (the including file's folder, then each
layer's include folders) to find the layer it belongs to. Usage: check_layers.py SOURCE_DIR.
Prints each violation as file:line: ... and exits 1 when there is one.
"""
import pathlib
import re
import sys

# Layer -> its include folders, public first.
ROOTS = {
    "core": ["server/core/include", "server/core/src"],
    "data": ["server/data/include", "server/data/src"],
    "session": ["server/session/include", "server/session/src"],
    "lsp": ["server/lsp/include", "server/lsp/src"],
    "cli": ["server/cli"],
}
# Layer -> (layer, folder) pairs it may include from; a folder of None means any of its folders.
ALLOWED = {
    "core": {("core", None)},
    "data": {("core", None), ("data", None)},
    "session": {("core", None), ("data", None), ("session", None)},
    "lsp": {("core", None), ("data", None), ("session", None), ("lsp", None)},
    "cli": {("core", None), ("data", None), ("session", None), ("cli", None),
            ("lsp", "server/lsp/include")},
}
FORBIDDEN_SYSTEM = {
    "core": ("nlohmann/", "boost/"),
    "session": ("boost/",),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of(path, source):
    rel = path.relative_to(source).as_posix()
    for layer, roots in ROOTS.items():
        top = "/".join(roots[0].split("/")[:2]) + "/"
        if rel.startswith(top):
            return layer
    return None


def providers(name, including, source):
    """(layer, folder) pairs whose folder holds `name`, the including file's own folder first."""
    found = []
    if (including.parent / name).is_file():
        found.append((layer_of(including, source), None))
    for layer, roots in ROOTS.items():
        for root in roots:
            if (source / root / name).is_file():
                found.append((layer, root))
    return found


def allowed(layer, provider):
    other, folder = provider
    return (other, None) in ALLOWED[layer] or (other, folder) in ALLOWED[layer]


def main():
    source = pathlib.Path(sys.argv[1]).resolve()
    problems = []
    for path in sorted((source / "server").rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h", ".cc") or not path.is_file():
            continue
        layer = layer_of(path, source)
        if layer is None:
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            kind, name = match.groups()
            where = f"{path.relative_to(source)}:{number}"
            if kind == "<":
                for prefix in FORBIDDEN_SYSTEM.get(layer, ()):
                    if name.startswith(prefix):
                        problems.append(f"{where}: the {layer} layer may not include <{name}>")
                continue
            found = providers(name, path, source)
            # The compiler takes the first match; the own folder comes first.
            if found and not allowed(layer, found[0]):
                other, folder = found[0]
                problems.append(f'{where}: the {layer} layer may not include "{name}" '
                                f"({folder or other} belongs to the {other} layer)")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) cross a layer boundary (docs/architecture.md)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
