# Windows installer with jpackage (run on Windows with JDK 17+ and the WiX 3 toolset on PATH).
# Usage: powershell -File installer\windows\package.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Push-Location $root
mvn -B -q -DskipTests package
$input = "$root\target\jpackage-input"
Remove-Item -Recurse -Force $input -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$input\lib" | Out-Null
Copy-Item target\segment-studio.jar $input
Copy-Item target\lib\*.jar "$input\lib"
$version = (mvn -B -q help:evaluate "-Dexpression=project.version" -DforceStdout) -replace "-SNAPSHOT", ""
jpackage --type msi --input $input --dest target\installer --name "Segment Studio" --app-version $version `
  --vendor "Segment Studio" --main-jar segment-studio.jar --main-class io.segmentstudio.Launcher `
  --java-options "-Xmx4g" --win-menu --win-shortcut --win-dir-chooser --win-per-user-install `
  --icon installer\windows\icon.ico
Pop-Location
