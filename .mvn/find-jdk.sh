# Sourced by ./mvnw, ./deploy/run-local.sh and .ci/run (POSIX sh).
# The project needs a JDK >= 21 (release level 21). When JAVA_HOME or the java on PATH is
# older, pick the newest suitable JDK installed under /usr/lib/jvm and export JAVA_HOME.
sales_java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
sales_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$sales_current_java" ] || sales_current_java="$(command -v java || true)"
if [ -z "$sales_current_java" ] || [ "$(sales_java_major "$sales_current_java" || echo 0)" -lt 21 ] 2>/dev/null; then
  for sales_candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if [ -x "${sales_candidate}bin/javac" ] && [ "$(sales_java_major "${sales_candidate}bin/java" || echo 0)" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="${sales_candidate%/}"; export JAVA_HOME; break
    fi
  done
fi
