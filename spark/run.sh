#!/usr/bin/env bash
# Runs the Spark extraction job (org.totmon.spark.ExtractJob) in this JVM, local[*] unless --master says otherwise;
# builds the module and its class path first when they are missing or older than the sources.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
classpath="$here/target/classpath.txt"
if [ ! -f "$classpath" ] || [ -n "$(find "$root" -path "$root/data" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$classpath" -print -quit)" ]; then
  echo "totmon-spark: building (first run, or sources changed)…" >&2
  (cd "$root" && mvn -q -B -DskipTests -pl spark -am package >&2) || { echo "totmon-spark: build failed; run 'mvn -B -pl spark -am package' to see why" >&2; exit 1; }
fi
exec java @"$here/jvm.options" ${TOTMON_JAVA_OPTS:--Xmx2g} -Dlog4j.configurationFile="$here/log4j2.properties" \
  -cp "$here/target/classes:$(cat "$classpath")" org.totmon.spark.ExtractJob "$@"
