#!/usr/bin/env bash
# Builds the release site (scripts/dist.sh) and makes SCORM 1.2 packages of
# it for an LMS: dist-scorm/savoir-course.zip (the whole course, one SCO)
# and dist-scorm/savoir-<module>.zip (one per module). See the README's
# "Put Savoir in your LMS" and scripts/package-scorm.mjs.
# SAVOIR_SKIP_BUILD=1 packages the dist/ already there.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ "${SAVOIR_SKIP_BUILD:-}" = 1 ] || "$ROOT/scripts/dist.sh"
load_env
cd "$ROOT"
[ -f dist/index.html ] || die "no dist/: run scripts/dist.sh"
[ -f target/content/catalog.json ] || die "no target/content/catalog.json: run scripts/dist.sh"
rm -rf dist-scorm
node scripts/package-scorm.mjs dist target/content/catalog.json dist-scorm
say "SCORM 1.2 packages in dist-scorm/"
