#!/usr/bin/env bash
# `readout registry update` against a local stand-in for the Wikidata Query Service
# (sparql_server.py): success, retries after timeouts, 429, 500, cut-off and malformed answers,
# failures that leave the previous file untouched, a server that is down, an HTTP proxy, HTTPS
# with certificate checks; and
# `import wikidata-sparql` of the same results gives the same file byte for byte.
#   update_test.sh READOUT_BINARY
set -uo pipefail
readout=$1
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/sparql
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
unset http_proxy HTTP_PROXY https_proxy HTTPS_PROXY no_proxy NO_PROXY
export READOUT_UPDATE_BACKOFF_MS=50
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

mkdir -p "$work/state"
python3 "$here/sparql_server.py" "$fixtures" "$work/state" &
server_pid=$!
for _ in $(seq 100); do [ -f "$work/state/port" ] && break; sleep 0.1; done
port=$(cat "$work/state/port") || { echo "the test server did not start" >&2; exit 1; }
endpoint=http://127.0.0.1:$port/sparql

# update CASE ACTIONS [ARGS...]: runs an update with the server doing ACTIONS (one word per
# request, then "ok"); output in $work/CASE.json, stderr in $work/CASE.err, status in $status.
update() {
  local name=$1 actions=$2
  shift 2
  printf '%s\n' $actions > "$work/state/actions"
  : > "$work/state/requests.jsonl"
  "$readout" registry update -o "$work/$name.json" --endpoint "$endpoint" "$@" \
    2> "$work/$name.err"
  status=$?
}
expect_success() {
  [ "$status" -eq 0 ] || fail "$1: exit status $status: $(cat "$work/$1.err")"
  grep -q "$2" "$work/$1.err" || fail "$1: stderr lacks '$2': $(cat "$work/$1.err")"
  cmp -s "$work/$1.json" "$work/success.json" || fail "$1: output differs from the plain update"
}
expect_failure() {  # CASE MESSAGE: non-zero, the message, and the previous file untouched
  [ "$status" -ne 0 ] || fail "$1: succeeded"
  grep -q "$2" "$work/$1.err" || fail "$1: stderr lacks '$2': $(cat "$work/$1.err")"
  grep -q "was not changed" "$work/$1.err" || fail "$1: stderr does not say the file was kept"
  cmp -s "$work/$1.json" "$work/previous.json" || fail "$1: the previous file was changed"
}

# 1. Success: every query answered, results saved, the file loads and finds the people.
update success "" --languages en,fr,ru --save-results "$work/saved"
[ "$status" -eq 0 ] || fail "success: exit status $status: $(cat "$work/success.err")"
for q in heads-of-state heads-of-government foreign-ministers deputy-foreign-ministers; do
  grep -q "readout: $q: attempt 1: [0-9]* rows in" "$work/success.err" || fail "success: no progress line for $q"
  cmp -s "$work/saved/$q.json" "$fixtures/$q.json" || fail "success: saved $q.json differs from what was served"
done
python3 - "$work/state/requests.jsonl" <<'PY' || fail "success: the server did not see the expected requests"
import json, sys
requests = [json.loads(l) for l in open(sys.argv[1])]
assert len(requests) == 4, len(requests)
for r in requests:
    assert r["user_agent"].startswith("Readout/"), r["user_agent"]
    assert r["content_type"] == "application/x-www-form-urlencoded", r["content_type"]
    assert r["accept"] == "application/sparql-results+json", r["accept"]
    assert "p:P39" in r["query"] and "BIND(NOW() AS ?retrieved)" in r["query"], r["query"][:200]
    assert 'IN ("en", "fr", "ru")' in r["query"] and "{{LANGUAGES}}" not in r["query"]
assert sorted(r["name"] for r in requests) == sorted(
    ["heads-of-state", "heads-of-government", "foreign-ministers", "deputy-foreign-ministers"])
PY
"$readout" registry import wikidata-sparql "$fixtures"/*.json -o "$work/imported.json" 2> "$work/import.err" ||
  fail "import: $(cat "$work/import.err")"
cmp -s "$work/imported.json" "$work/success.json" || fail "import of the fixtures differs from the update"
"$readout" registry import wikidata-sparql "$work/saved"/*.json -o "$work/reimported.json" 2> /dev/null
cmp -s "$work/reimported.json" "$work/success.json" || fail "import of the saved results differs from the update"
"$readout" registry check "$work/success.json" > "$work/check.out" || fail "check: $(cat "$work/check.out")"
"$readout" registry query "Hakan Fidan" --registry "$work/success.json" --no-embedded-registry \
  > "$work/query.out" || fail "query: Hakan Fidan not found"
grep -q "Minister of Foreign Affairs, Turkey, since 4 June 2023" "$work/query.out" ||
  fail "query: Hakan Fidan's post: $(cat "$work/query.out")"
grep -q '"as_of":"2025-06-01"' "$work/success.json" || fail "success: no data horizon (as_of)"

# 2. Retried until they pass.
update slow "slow" --timeout 1
expect_success slow "attempt 1 failed: no answer within 1"
update too-many "429"
expect_success too-many "attempt 1 failed: HTTP 429 .*retrying in 1.0 s"
update unavailable "503"
expect_success unavailable "attempt 1 failed: HTTP 503 .*retrying in 1.0 s"
update error-once "500"
expect_success error-once "attempt 1 failed: HTTP 500"
update truncated "truncated"
expect_success truncated "attempt 1 failed: the answer was cut off"
update chunked "chunked"
expect_success chunked "attempt 1 failed: the answer was cut off"
update malformed-once "malformed"
expect_success malformed-once "attempt 1 failed: the answer is not well-formed JSON"
grep -q "deputy-foreign-ministers: attempt 2: " "$work/malformed-once.err" || fail "malformed-once: no second attempt"

# 3. Failures: the previous file stays as it was.
printf '{"persons": []}\n' > "$work/previous.json"
for name in error-always malformed-always empty late-failure down; do cp "$work/previous.json" "$work/$name.json"; done
update error-always "500 500 500 500 500 500 500 500 500 500" --retries 2
expect_failure error-always "error: deputy-foreign-ministers: HTTP 500 Internal Server Error (3 attempts)"
update malformed-always "malformed malformed malformed malformed" --retries 1
expect_failure malformed-always "error: deputy-foreign-ministers: the answer is not well-formed JSON.*(2 attempts)"
update empty "empty"
expect_failure empty "error: deputy-foreign-ministers: the answer has no rows"
# The last query fails after three have answered: nothing is written, nothing saved.
mkdir -p "$work/saved-late"
update late-failure "ok ok ok 500 500 500" --retries 2 --save-results "$work/saved-late"
expect_failure late-failure "error: heads-of-state: HTTP 500 Internal Server Error (3 attempts)"
[ -z "$(ls -A "$work/saved-late")" ] || fail "late-failure: results were saved: $(ls "$work/saved-late")"
kill "$server_pid"
wait "$server_pid" 2>/dev/null
server_pid=
update down "" --retries 1
expect_failure down "error: deputy-foreign-ministers: cannot reach 127.0.0.1: cannot connect to 127.0.0.1:$port: Connection refused; check the network or http_proxy"
"$readout" registry update -o "$work/nowhere.json" --endpoint http://no-such-host.invalid/sparql \
  --timeout 5 --retries 0 2> "$work/nowhere.err" && fail "nowhere: succeeded"
grep -q "cannot reach no-such-host.invalid\|no answer within" "$work/nowhere.err" ||
  fail "nowhere: $(cat "$work/nowhere.err")"
[ -e "$work/nowhere.json" ] && fail "nowhere: wrote a file"

# 4. Through an HTTP proxy (the test server takes the absolute-form request).
mkdir -p "$work/state2"
python3 "$here/sparql_server.py" "$fixtures" "$work/state2" &
server_pid=$!
for _ in $(seq 100); do [ -f "$work/state2/port" ] && break; sleep 0.1; done
proxy_port=$(cat "$work/state2/port")
http_proxy=http://127.0.0.1:$proxy_port "$readout" registry update -o "$work/proxied.json" \
  --endpoint http://wikidata.invalid/sparql 2> "$work/proxied.err" || fail "proxy: $(cat "$work/proxied.err")"
cmp -s "$work/proxied.json" "$work/success.json" || fail "proxy: output differs"
grep -q '"path": "http://wikidata.invalid:80/sparql"' "$work/state2/requests.jsonl" ||
  fail "proxy: the request did not go through the proxy: $(head -c 300 "$work/state2/requests.jsonl")"

# 5. HTTPS: the certificate is checked (against SSL_CERT_FILE here, the system's store otherwise)
# for the name asked for (SNI).
kill "$server_pid"
wait "$server_pid" 2>/dev/null
server_pid=
if ! command -v openssl > /dev/null; then
  echo "SKIP: HTTPS checks: no openssl command to make a certificate" >&2
else
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 1 \
    -subj /CN=localhost -addext subjectAltName=DNS:localhost 2> /dev/null
  mkdir -p "$work/state3"
  python3 "$here/sparql_server.py" "$fixtures" "$work/state3" "$work/cert.pem" "$work/key.pem" &
  server_pid=$!
  for _ in $(seq 100); do [ -f "$work/state3/port" ] && break; sleep 0.1; done
  tls_endpoint=https://localhost:$(cat "$work/state3/port")/sparql
  SSL_CERT_FILE=$work/cert.pem "$readout" registry update -o "$work/tls.json" \
    --endpoint "$tls_endpoint" 2> "$work/tls.err" || fail "https: $(cat "$work/tls.err")"
  cmp -s "$work/tls.json" "$work/success.json" || fail "https: output differs"
  "$readout" registry update -o "$work/untrusted.json" --endpoint "$tls_endpoint" --retries 0 \
    2> "$work/untrusted.err" && fail "https: an untrusted certificate was accepted"
  grep -q "TLS handshake with localhost failed: certificate verify failed" "$work/untrusted.err" ||
    fail "https: $(cat "$work/untrusted.err")"
  # Through https_proxy: a CONNECT tunnel to the name asked for, TLS inside it.
  tls_server_pid=$server_pid
  mkdir -p "$work/state4"
  python3 "$here/sparql_server.py" "$fixtures" "$work/state4" &
  server_pid=$!
  for _ in $(seq 100); do [ -f "$work/state4/port" ] && break; sleep 0.1; done
  https_proxy=http://127.0.0.1:$(cat "$work/state4/port") SSL_CERT_FILE=$work/cert.pem \
    "$readout" registry update -o "$work/tunnel.json" --endpoint "$tls_endpoint" 2> "$work/tunnel.err" ||
    fail "https through a proxy: $(cat "$work/tunnel.err")"
  cmp -s "$work/tunnel.json" "$work/success.json" || fail "https through a proxy: output differs"
  grep -q "\"connect\": \"localhost:$(cat "$work/state3/port")\"" "$work/state4/requests.jsonl" ||
    fail "https through a proxy: no CONNECT tunnel: $(head -c 300 "$work/state4/requests.jsonl")"
  kill "$tls_server_pid" 2>/dev/null
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "registry update: all checks passed"
