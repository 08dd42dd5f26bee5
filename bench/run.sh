#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the side-by-side comparison; arguments go to
# dev.weft.bench.SideBySide (e.g. --kernels fib,sort --iterations 3). Report: bench/target/report.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -q -pl bench -am package -DskipTests

# The same JDK rule as ./mvnw: $JAVA_HOME if it is 25 or newer, else the newest such JDK in /usr/lib/jvm.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
jdk=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && $(java_major "$JAVA_HOME") -ge 25 ]]; then
  jdk=$JAVA_HOME
else
  best=0
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [[ -x "$d/bin/java" ]] || continue
    v=$(java_major "$d"); v=${v%%.*}
    if (( ${v:-0} >= 25 && ${v:-0} > best )); then jdk=$d; best=$v; fi
  done
fi
[[ -n "$jdk" ]] || { echo "run.sh: no JDK 25 or newer found (set JAVA_HOME)" >&2; exit 1; }
exec "$jdk/bin/java" -cp bench/target/benchmarks.jar dev.weft.bench.SideBySide "$@"
