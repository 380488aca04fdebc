# Minimal Debian roots for the fresh-machine checks (scripts/fresh-root.sh, scripts/test-install.sh),
# sourced by them. Needs root. A root reaches the package archives the host reaches; HTTPS trusts
# what the host trusts (the CA bundle named by NODE_EXTRA_CA_CERTS or SSL_CERT_FILE is carried
# in) and the host's proxy variables are passed on. Nothing else of the host's environment is.

# debian_root_base SUITE CACHE: debootstrap --variant=minbase SUITE once into CACHE/SUITE-minbase.
debian_root_base() {
  local suite=$1 cache=$2
  local base=$cache/$suite-minbase
  mkdir -p "$cache"
  command -v debootstrap >/dev/null 2>&1 ||
    READOUT_SETUP_EXTRA=debootstrap bash "$(dirname "${BASH_SOURCE[0]}")/../setup.sh" >&2
  if [ ! -x "$base/bin/bash" ]; then
    echo "== debootstrap --variant=minbase $suite (cached in $base)" >&2
    rm -rf "$base.tmp"
    debootstrap --variant=minbase "$suite" "$base.tmp" >"$cache/debootstrap-$suite.log" 2>&1 ||
      { tail -20 "$cache/debootstrap-$suite.log" >&2; return 1; }
    mv "$base.tmp" "$base"
  fi
}

debian_root_mounts=()
# debian_root_fresh BASE ROOT: ROOT becomes a fresh copy of BASE with /proc, /sys, /dev mounted.
debian_root_fresh() {
  local base=$1 root=$2 mnt
  # Never delete through a mount an interrupted run left behind: it could be the host's /dev.
  while read -r mnt; do umount -l "$mnt" 2>/dev/null || true; done < <(
    findmnt -rn -o TARGET | grep -F "$root/" | sort -r)
  if findmnt -rn -o TARGET | grep -qF "$root/"; then
    echo "debian-root: something is still mounted under $root; not deleting it" >&2
    return 1
  fi
  rm -rf --one-file-system "$root"
  cp -a "$base" "$root"
  local target
  for target in /proc /sys /dev /dev/pts /dev/shm; do mkdir -p "$root$target"; done
  mount -t proc proc "$root/proc" && debian_root_mounts+=("$root/proc")
  mount -t sysfs sysfs "$root/sys" && debian_root_mounts+=("$root/sys")
  mount --bind /dev "$root/dev" && debian_root_mounts+=("$root/dev")
  mount --bind /dev/pts "$root/dev/pts" && debian_root_mounts+=("$root/dev/pts")
  mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && debian_root_mounts+=("$root/dev/shm")
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  local ca=${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-}}
  if [ -n "$ca" ] && [ -f "$ca" ]; then
    mkdir -p "$root/usr/local/share"
    cp "$ca" "$root/usr/local/share/host-ca-bundle.crt"
  fi
}

# debian_root_unmount: undoes every mount of debian_root_fresh (for an EXIT trap).
debian_root_unmount() {
  local i
  for ((i = ${#debian_root_mounts[@]} - 1; i >= 0; i--)); do
    umount -l "${debian_root_mounts[i]}" 2>/dev/null || true
  done
  debian_root_mounts=()
}

# debian_root_env ROOT: prints the environment for `chroot ROOT env -i ...`, one per line.
debian_root_env() {
  local root=$1 v
  printf '%s\n' HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  if [ -f "$root/usr/local/share/host-ca-bundle.crt" ]; then
    printf '%s\n' NODE_EXTRA_CA_CERTS=/usr/local/share/host-ca-bundle.crt \
      SSL_CERT_FILE=/usr/local/share/host-ca-bundle.crt
  fi
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [ -n "${!v:-}" ]; then echo "$v=${!v}"; fi
  done
}
