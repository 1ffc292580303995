#!/usr/bin/env bash
# macOS disk image with jpackage (run on a Mac with JDK 17+). The .icns is made from the shared PNG
# with sips/iconutil, which ship with macOS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common/app.properties"
input=$("$here/../common/stage.sh")
version=$(cd "$here/../.." && mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')
iconset=$(mktemp -d)/SegmentStudio.iconset && mkdir -p "$iconset"
for size in 16 32 64 128 256; do
  sips -z $size $size "$here/../common/icon.png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$here/../../target/SegmentStudio.icns"
jpackage --type dmg --input "$input" --dest "$here/../../target/installer" --name "$APP_NAME" \
  --app-version "$version" --vendor "$APP_VENDOR" --description "$APP_DESCRIPTION" \
  --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --java-options "$JAVA_OPTIONS" \
  --icon "$here/../../target/SegmentStudio.icns" --mac-package-identifier io.segmentstudio
