#!/usr/bin/env bash
# Restores a backup written by backup.sh into an empty database (or one that does not exist yet).
#   DB_NAME=reform db/backup/restore.sh /backups/reform-2026-12-05.sql.gz
# The file is checked whole first (its SHA-256 when the .sha256 file is beside it, the compression,
# and mariadb-dump's closing line): a truncated or damaged file restores nothing. A restore that fails
# half-way drops what it created, so a half-restored database is never left looking like a good one.
# Connection: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME, MARIADB_BIN (see common.sh).
set -euo pipefail
. "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || fail "usage: $0 BACKUP.sql.gz"
file=$1
[ -r "$file" ] || fail "Backup $file cannot be read: nothing restored"
mariadb=$(client mariadb)
opts=$(options_file)
trap 'rm -f "$opts"' EXIT
started=$(date +%s)

FAIL_CODE=2
if [ -r "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --status -c "$(basename "$file").sha256") \
    || fail "Backup $file does not match its SHA-256 ($file.sha256): damaged or changed, nothing restored"
fi
# one pass over the whole file: a truncated gzip stream fails here, and a whole one must end as
# mariadb-dump ends every complete dump
last=$(gzip -dc "$file" 2>/dev/null | tail -n 1) \
  || fail "Backup $file is truncated or damaged (its compressed stream is not whole): nothing restored"
case "$last" in
  "-- Dump completed"*) ;;
  *) fail "Backup $file is incomplete (mariadb-dump's closing line is missing): nothing restored" ;;
esac

FAIL_CODE=3
tables=$("$mariadb" --defaults-extra-file="$opts" -N -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'") \
  || fail "Cannot connect to the database server at $DB_HOST:$DB_PORT as $DB_USER: nothing restored"
[ "$tables" -eq 0 ] || fail "Database $DB_NAME at $DB_HOST:$DB_PORT is not empty ($tables tables): restore into an empty one"

FAIL_CODE=4
"$mariadb" --defaults-extra-file="$opts" -e \
  "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
if ! gzip -dc "$file" | "$mariadb" --defaults-extra-file="$opts" --max-allowed-packet=1G "$DB_NAME"; then
  "$mariadb" --defaults-extra-file="$opts" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" || true
  fail "Restore of $file into $DB_NAME failed part-way: the partial database was dropped"
fi
version=$("$mariadb" --defaults-extra-file="$opts" -N -e \
  "SELECT version FROM \`$DB_NAME\`.flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || echo "?")
tables=$("$mariadb" --defaults-extra-file="$opts" -N -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
echo "Restored $file into $DB_NAME at $DB_HOST:$DB_PORT: $tables tables, schema version $version ($(( $(date +%s) - started )) s)"
