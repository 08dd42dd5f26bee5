#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the side-by-side comparison; arguments go to
# dev.weft.bench.SideBySide (e.g. --kernels fib,sort --iterations 3). Report: bench/target/report.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/jdk.sh"
cd "$root"
./mvnw -q -B -pl bench -am package -DskipTests
# JMH 1.37 reads fields through sun.misc.Unsafe; JDK 25 would warn about it.
exec java --sun-misc-unsafe-memory-access=allow -cp bench/target/benchmarks.jar dev.weft.bench.SideBySide "$@"
