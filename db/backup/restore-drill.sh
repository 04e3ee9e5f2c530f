#!/usr/bin/env bash
# The restore drill, as .ci/run runs it: a demo installation (its own embedded MariaDB) is backed up
# with backup.sh, its data folder deleted, the backup restored with restore.sh into an empty database
# on a new server, the application started on it, and the province's indicators, the hotline reports,
# their files' SHA-256 and every table's row count compared with what they were; a truncated copy of
# the backup must be refused in one line. DRILL_DOSSIERS sets the demo's size (default 5000).
#   db/backup/restore-drill.sh
# (RestoreDrillTest, in a JVM of its own: 44 s of test time on two cores at 5,000 dossiers.)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -B -ntp verify -Dtest=RestoreDrillTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddrill.dossiers="${DRILL_DOSSIERS:-5000}"
