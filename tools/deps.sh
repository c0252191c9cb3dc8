#!/bin/sh
# deps.sh PKG...: install the Debian packages that are missing (apt-get, with
# sudo when not root); on a system without dpkg, say what is needed.
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && exit 0
  echo "deps: installing$missing" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "deps: not root and no sudo: install$missing yourself" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
    echo "deps: apt-get could not install$missing" >&2; exit 1; }
  exit 0
fi
echo "deps: this is not a Debian system; install the equivalents of: $*" >&2
echo "deps: (pkg-config must find lua5.4 libpcre2-8 sqlite3 libutf8proc libxxhash; libstemmer, lua-cjson and lua-argparse are needed too)" >&2
pkg-config --exists lua5.4 libpcre2-8 sqlite3 libutf8proc libxxhash || exit 1
