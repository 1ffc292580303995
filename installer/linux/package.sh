#!/usr/bin/env bash
# Linux packages with jpackage (JDK 17+): an app image by default, or --type deb|rpm (dpkg-deb/rpmbuild).
# Usage: installer/linux/package.sh [app-image|deb|rpm]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common/app.properties"
type=${1:-app-image}
input=$("$here/../common/stage.sh")
version=$(cd "$here/../.." && mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')
dest="$here/../../target/installer"
args=(--type "$type" --input "$input" --dest "$dest" --name "$APP_NAME" --app-version "$version"
      --vendor "$APP_VENDOR" --description "$APP_DESCRIPTION" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS"
      --java-options "$JAVA_OPTIONS" --icon "$here/../common/icon.png")
if [ "$type" != app-image ]; then
  args+=(--linux-shortcut --linux-menu-group "Office" --linux-app-category "office"
         --linux-package-name segment-studio)
fi
jpackage "${args[@]}"
echo "Packaged into $dest"
