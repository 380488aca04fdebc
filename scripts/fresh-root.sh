#!/usr/bin/env bash
# Checks the README's claim on a fresh machine: builds a minimal Debian root with debootstrap
# (cached), clones the committed tree into it with ../shared beside it, and runs there, as root
# and one after the other as a new user would, the README's two commands and CI's entry point:
#
#   bash scripts/demo.sh     expected exit status 1 (the examples have findings)
#   bash scripts/test.sh     expected 0
#   bash .ci/run             expected 0 (with CI=true, no standard input, as CI runs it)
#
# It prints each command's exit status and wall time, and exits 0 only when all are as expected.
# Too slow for every CI run (about an hour on 2 cores): run it whenever set-up, scripts or
# dependencies change (docs/testing.md). Needs root (debootstrap, chroot, mounts).
#
#   scripts/fresh-root.sh [--suite bookworm] [--cache DIR] [--only NAME[,NAME]] [--keep]
#
# --suite  the Debian release to bootstrap (default bookworm)
# --cache  where the cached base root, the run's root and the logs live
#          (default: $READOUT_FRESH_ROOT_CACHE, then /var/cache/readout-fresh-root)
# --only   run only these of demo, test, ci (in that order)
# --keep   leave the run's root in place afterwards (it is replaced at the next run anyway);
#          kept anyway when a command did not end as expected, so that its reproducers and
#          build folders can be examined
#
# The root reaches the package archives the host reaches. HTTPS (npm) trusts what the host
# trusts: the CA bundle named by NODE_EXTRA_CA_CERTS or SSL_CERT_FILE is carried in. The host's
# proxy variables, if any, are passed on. Nothing else of the host's environment is.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
suite=bookworm
cache=${READOUT_FRESH_ROOT_CACHE:-/var/cache/readout-fresh-root}
only=demo,test,ci
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --suite) suite=$2; shift ;;
    --cache) cache=$2; shift ;;
    --only) only=$2; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "fresh-root: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-root: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi
shared=$(cd "$repo/.." && pwd)/shared
[ -d "$shared" ] || { echo "fresh-root: no ../shared beside the repository ($shared)" >&2; exit 2; }
source "$repo/scripts/lib/debian-root.sh"

base=$cache/$suite-minbase
root=$cache/$suite-run
logs=$cache/logs
mkdir -p "$logs"
debian_root_base "$suite" "$cache"

cleanup() {
  debian_root_unmount
  [ "$keep" = 1 ] || [ "${failed:-0}" -gt 0 ] || rm -rf --one-file-system "$root"
}
trap cleanup EXIT
echo "== a fresh copy of the base root in $root"
debian_root_fresh "$base" "$root"

# The committed tree, as CI sees it: a clone, with a copy of ../shared beside it.
commit=$(git -C "$repo" rev-parse --short HEAD)
echo "== clone of $commit and a copy of ../shared"
mkdir -p "$root/work"
git clone -q --no-hardlinks "$repo" "$root/work/readout"
cp -a "$shared" "$root/work/shared"
chmod -R a-w "$root/work/shared"

mapfile -t env_in < <(debian_root_env "$root")

results=()
failed=0
run_step() {  # run_step NAME EXPECTED-STATUS COMMAND [ENV...]
  local name=$1 expected=$2 command=$3 t0 status
  shift 3
  echo "== $name: $command (log: $logs/$name.log)"
  t0=$(date +%s)
  set +e
  chroot "$root" /usr/bin/env -i "${env_in[@]}" "$@" \
    bash -c "cd /work/readout && $command" </dev/null >"$logs/$name.log" 2>&1
  status=$?
  set -e
  local took=$(( $(date +%s) - t0 ))
  local verdict=ok
  if [ "$status" -ne "$expected" ]; then
    verdict="UNEXPECTED (wanted $expected)"
    failed=$((failed + 1))
    tail -30 "$logs/$name.log" | sed 's/^/    /'
  else
    tail -3 "$logs/$name.log" | sed 's/^/    /'
  fi
  results+=("$(printf '%-24s exit %d  %6d s  %s' "$command" "$status" "$took" "$verdict")")
}
case ",$only," in *,demo,*) run_step demo 1 "bash scripts/demo.sh" ;; esac
case ",$only," in *,test,*) run_step test 0 "bash scripts/test.sh" ;; esac
case ",$only," in *,ci,*) run_step ci 0 "bash .ci/run" CI=true ;; esac

echo "== fresh $suite root, commit $commit"
printf '%s\n' "${results[@]}"
[ "$failed" -eq 0 ]
