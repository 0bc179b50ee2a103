#!/bin/sh
# Run by Trunk after each build (see Trunk.toml), in the staging folder that
# becomes dist/.
set -eu
# The lesson bundles build.rs compiled from lessons/, fetched when opened.
rm -rf "$TRUNK_STAGING_DIR/content"
cp -R "$TRUNK_SOURCE_DIR/target/content" "$TRUNK_STAGING_DIR/content"
# The chunks of the pages fetched when first opened, from the release
# build's split (scripts/dist.sh, scripts/split/wasm-bindgen).
if [ -n "${SAVOIR_SPLIT_OUT:-}" ]; then
  node "$TRUNK_SOURCE_DIR/scripts/add-chunks.mjs" "$TRUNK_STAGING_DIR" "$SAVOIR_SPLIT_OUT" "${TRUNK_PROFILE:-debug}"
fi
# Minified JS and CSS, the CSP, the manifest, the service worker and 404.html
# (a copy of index.html, so deep links such as /fr/... open on static hosts).
node "$TRUNK_SOURCE_DIR/scripts/finish-site.mjs" "$TRUNK_STAGING_DIR" "${TRUNK_PROFILE:-debug}"
