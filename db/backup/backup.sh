#!/usr/bin/env bash
# Backs up the application's database into one compressed file, with its SHA-256 beside it.
#   db/backup/backup.sh /backups/reform-$(date +%F).sql.gz
# A consistent snapshot taken while the application runs (mariadb-dump --single-transaction: all
# tables are InnoDB). Everything is in it: dossiers, users, settings, the import history, and the
# hotline's uploaded files, which are stored in the database (hotline_attachment.content).
# Connection: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_NAME, MARIADB_BIN (see common.sh).
set -euo pipefail
. "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || fail "usage: $0 OUTPUT.sql.gz"
out=$1
dump=$(client mariadb-dump)
opts=$(options_file)
partial="$out.partial"
trap 'rm -f "$opts" "$partial"' EXIT
started=$(date +%s)

# The dump is written under another name and renamed only when whole: a failed or interrupted
# backup never leaves a file that looks like a good one. --hex-blob keeps the attachments exact.
"$dump" --defaults-extra-file="$opts" --single-transaction --quick --hex-blob --triggers \
  --max-allowed-packet=1G "$DB_NAME" | gzip -6 >"$partial" \
  || fail "Backup of $DB_NAME at $DB_HOST:$DB_PORT failed (see mariadb-dump's message above): no backup written"
gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed' \
  || fail "Backup of $DB_NAME at $DB_HOST:$DB_PORT is incomplete: no backup written"
mv "$partial" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" >"$(basename "$out").sha256")
echo "Backup of $DB_NAME at $DB_HOST:$DB_PORT written to $out ($(human_size "$out"), $(( $(date +%s) - started )) s)"
