#!/usr/bin/env bash
# Foundation figures (issue 2), measured on whole commands as a user runs them:
#   1. generating the 50k-profile / 500k-event retail demo into a new workspace   (target <= 15 s)
#   2. cold start to first window (JVM start -> first frame shown, under Xvfb)     (target <= 3 s)
#   3. `import csv` of the telco churn file (7,043 rows), JVM start included       (target <= 2 s)
# Usage: bash src/bench/foundation.sh [runs]   (builds the jar first; needs hyperfine and Xvfb, which
# it installs with apt-get when run as root). Not part of the tests: figures go into issue notes.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
datasets=${SEGMENT_STUDIO_DATASETS:-../shared/datasets}
telco="$datasets/telco-customer-churn/Telco-Customer-Churn.csv"

if ! command -v hyperfine >/dev/null || ! command -v Xvfb >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine xvfb libgtk-3-0 >/dev/null
fi
mvn -B -q -DskipTests package
jar=target/segment-studio.jar
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
export SEGMENT_STUDIO_HOME="$work/home"

launcher=installer/common/bin/segment-studio
"$launcher" --version >/dev/null   # records the class-data-sharing archive once, outside the timings

echo "== 1. sample generate (50,000 profiles, seed 42): plain java -jar, then the launcher script"
hyperfine --runs "$runs" --prepare "rm -f $work/sample.mv.db $work/sample2.mv.db" \
  "java -jar $jar sample generate -w $work/sample --profiles 50000 --seed 42 --anchor-date 2026-11-01" \
  "$launcher sample generate -w $work/sample2 --profiles 50000 --seed 42 --anchor-date 2026-11-01"
java -jar "$jar" workspace info -w "$work/sample"

echo "== 2. cold start to first window"
Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 & xvfb_pid=$!
sleep 1
cp "$work/sample.mv.db" "$work/home-sample.mv.db"
for i in $(seq "$runs"); do
  DISPLAY=:97 java -Dsegmentstudio.startupProbe=true -jar "$jar" ui -w "$work/home-sample.mv.db" | grep first-window-ms
done

echo "== 3. import csv (telco churn, 7,043 rows, JVM start included): plain java -jar, then the launcher script"
if [ -f "$telco" ]; then
  hyperfine --runs "$runs" --prepare "rm -f $work/telco.mv.db; java -jar $jar workspace init -w $work/telco" \
    "java -jar $jar import csv -w $work/telco --file $telco --key customerID" \
    "$launcher import csv -w $work/telco --file $telco --key customerID"
else
  echo "skipped: $telco not found (set SEGMENT_STUDIO_DATASETS)"
fi
