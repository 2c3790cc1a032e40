# Sourced by scripts/test, scripts/demo and scripts/bench: installs what a fresh
# Debian machine with Swift lacks, then returns. Safe to run every time.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: '$*' needs root; run it as root, or install sudo" >&2; return 1
  fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    echo "Installing $* with apt-get…" >&2
    as_root apt-get update -qq >&2
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
  else
    echo "error: Swift is not installed; install the Swift 6 toolchain (swift.org/install) and try again" >&2
    exit 1
  fi
fi

# GRDB links the system SQLite: it needs the header and the library.
if [ ! -f /usr/include/sqlite3.h ]; then
  apt_install libsqlite3-dev
fi
