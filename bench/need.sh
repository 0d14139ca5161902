# Sourced by the bench scripts: `need TOOL` installs Debian's package of that name when the tool
# is missing and this is root with apt-get, or says what to install and stops.
need() {
    command -v "$1" >/dev/null && return
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
    else
        echo "$1 is needed: install it (Debian: apt-get install $1) and run again." >&2
        exit 2
    fi
}
