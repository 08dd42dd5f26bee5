# Sourced by ./mvnw and ./weft: finds a JDK >= 25 and exports JAVA_HOME (one place for this rule).
# Order: $JAVA_HOME if it is new enough, else the newest JDK >= 25 under /usr/lib/jvm.
WEFT_MIN_JAVA=25

weft_java_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)
  [[ -n "$v" ]] && echo "${v%%.*}" || echo 0
}

weft_pick_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" && $(weft_java_major "$JAVA_HOME") -ge $WEFT_MIN_JAVA ]]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [[ -x "$d/bin/javac" ]] || continue
    v=$(weft_java_major "$d")
    if (( v >= WEFT_MIN_JAVA && v > best_v )); then best="$d"; best_v=$v; fi
  done
  echo "$best"
}

WEFT_JDK=$(weft_pick_jdk)
if [[ -z "$WEFT_JDK" ]]; then
  echo "error: Weft needs a JDK $WEFT_MIN_JAVA or newer. None found in \$JAVA_HOME (${JAVA_HOME:-unset}) or /usr/lib/jvm." >&2
  echo "       Install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$WEFT_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
