# Shared by backup.sh and restore.sh (bash, sourced). The connection comes from the environment:
#   DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (reform), DB_PASSWORD (empty), DB_NAME (reform)
#   MARIADB_BIN: a folder holding mariadb and mariadb-dump, when they are not on PATH (the embedded
#                database's own are in $APP_EMBEDDED_DB_DIR/base/bin)
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-reform}
DB_NAME=${DB_NAME:-reform}

fail() {
  echo "$*" >&2
  exit "${FAIL_CODE:-1}"
}

client() { # $1: mariadb or mariadb-dump; prints the path of the program
  if [ -n "${MARIADB_BIN:-}" ] && [ -x "$MARIADB_BIN/$1" ]; then
    echo "$MARIADB_BIN/$1"
  elif command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
  else
    fail "$1 not found: install the MariaDB client (apt-get install mariadb-client) or set MARIADB_BIN to its folder"
  fi
}

# The password goes in an option file readable by us only, never on the command line (ps shows that)
options_file() {
  _opts=$(mktemp)
  chmod 600 "$_opts"
  printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=TCP\ndefault-character-set=utf8mb4\n' \
    "$DB_HOST" "$DB_PORT" "$DB_USER" "${DB_PASSWORD:-}" >"$_opts"
  echo "$_opts"
}

human_size() {
  du -h "$1" | cut -f1
}
