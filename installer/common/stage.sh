#!/usr/bin/env bash
# Builds the jar and lays out jpackage's input folder: the app jar plus its runtime libraries in lib/
# (the jar's manifest class path points there). Prints the folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q -DskipTests package >&2
input="$root/target/jpackage-input"
rm -rf "$input" && mkdir -p "$input/lib"
cp target/segment-studio.jar "$input/"
cp target/lib/*.jar "$input/lib/"
echo "$input"
