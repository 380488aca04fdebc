#!/usr/bin/env bash
# Runs inside a fresh Debian root where Readout was just installed (scripts/test-install.sh):
# what a user does first, with only the base system and Readout's package or tarball.
#   check.sh DIR   DIR holds examples/ and the golden case example-text/ of tests/cli/cases
set -euo pipefail
dir=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v readout >/dev/null || fail "readout is not on the PATH"
readout --version

# The documented findings of the bundled example, exactly as the CLI golden test has them.
cd "$dir"
status=0
readout lint --color never examples/c5plus1-astana-2023.readout > lint.out || status=$?
[ "$status" -eq "$(cat example-text/expected/status)" ] || fail "lint exited $status"
diff -u example-text/expected/stdout lint.out || fail "lint's findings differ from the golden ones"
echo "lint: exit $status, findings as documented"

# A short language server session: initialize, open a report with a misspelt name, read the
# published diagnostics, shut down.
message() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
text='# Talks\nDateline: 2023-03-02\nPlace: Astana, Kazakhstan\n\n## Meeting {#m}\nDate: 2023-02-28\n\n### Attendees\n- @blinken: Anthony Blinken | Secretary of State | United States [head]\n'
{
  message '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
  message '{"jsonrpc":"2.0","method":"initialized","params":{}}'
  message "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///tmp/t.readout\",\"languageId\":\"readout\",\"version\":1,\"text\":\"$text\"}}}"
  sleep 3
  message '{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}'
  message '{"jsonrpc":"2.0","method":"exit","params":null}'
} | timeout 30 readout lsp > lsp.out
grep -q '"capabilities"' lsp.out || fail "no answer to initialize"
grep -q 'textDocument/publishDiagnostics' lsp.out || fail "no diagnostics published"
grep -q "Anthony Blinken' looks like a misspelling of 'Antony Blinken'" lsp.out ||
  { cat lsp.out; fail "the misspelt name was not reported"; }
echo "lsp: initialize, diagnostics with name-misspelled, shutdown"

# The man page and the bash completion, where the installation put them.
MANPAGER=cat man readout 2>/dev/null | grep -q "readout lint" || fail "man readout does not show the page"
echo "man: readout(1) found"
completion=
for f in /usr/share/bash-completion/completions/readout \
  /usr/local/share/bash-completion/completions/readout; do
  if [ -f "$f" ]; then completion=$f; break; fi
done
[ -n "$completion" ] || fail "no bash completion installed"
words=$(bash -c 'source "$1"; COMP_WORDS=(readout li); COMP_CWORD=1; _readout; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$words" = lint ] || fail "completion of 'readout li' gave '$words'"
words=$(bash -c 'source "$1"; COMP_WORDS=(readout lint --format sa); COMP_CWORD=3; _readout; echo "${COMPREPLY[*]}"' _ "$completion")
[ "$words" = sarif ] || fail "completion of 'readout lint --format sa' gave '$words'"
echo "bash completion: $completion completes subcommands and choices"
