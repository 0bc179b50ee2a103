#!/bin/sh
# Run by Trunk after each build (see Trunk.toml), in the staging folder that
# becomes dist/.
set -eu
# A static host serves 404.html for addresses it has no file for; making it
# the app lets deep links such as /fr/... open on any static host or CDN.
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/404.html"
# The lesson bundles build.rs compiled from lessons/, fetched when opened.
rm -rf "$TRUNK_STAGING_DIR/content"
cp -R "$TRUNK_SOURCE_DIR/target/content" "$TRUNK_STAGING_DIR/content"
