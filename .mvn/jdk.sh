# Finds a JDK 21 or newer for Maven, sourced by ./mvnw and .ci/run (POSIX sh).
# The machine's default java may be older (17 on this project's machines): Vaadin 25 and jOOQ's code
# generator need 21+. Looks at JAVA_HOME, then the java on PATH, then every JDK under /usr/lib/jvm
# (MVNW_JDK_DIRS, space-separated, replaces that list; tests use it), and takes the newest 21+ of them.
# Sets JAVA_HOME and says in one line which JDK it uses, on stderr so that output that scripts read
# (-q -DforceStdout) stays clean; with none it says in one line what to install and returns 1.

jdk_major() { # $1: a JDK folder; prints its major version, nothing when it is not a JDK
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  _jdk_v=""
  if [ -r "$1/release" ]; then
    _jdk_v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  fi
  if [ -z "$_jdk_v" ]; then
    _jdk_v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p')
  fi
  _jdk_v=${_jdk_v#1.}
  _jdk_v=${_jdk_v%%[!0-9]*}
  [ -n "$_jdk_v" ] && echo "$_jdk_v"
  return 0
}

pick_jdk() {
  _jdk_best="" _jdk_best_major=0 _jdk_seen=""
  _jdk_path_java=$(command -v java 2>/dev/null || true)
  _jdk_path_home=""
  if [ -n "$_jdk_path_java" ]; then
    _jdk_path_home=$(dirname "$(dirname "$(readlink -f "$_jdk_path_java")")")
  fi
  # The wrapper runs with noglob (set -f): allow the folder pattern here only
  _jdk_glob_was_off=false
  case $- in *f*) _jdk_glob_was_off=true; set +f ;; esac
  for _jdk_dir in "${JAVA_HOME:-}" "$_jdk_path_home" ${MVNW_JDK_DIRS:-/usr/lib/jvm/*}; do
    [ -n "$_jdk_dir" ] && [ -d "$_jdk_dir" ] || continue
    _jdk_m=$(jdk_major "$_jdk_dir")
    [ -n "$_jdk_m" ] || continue
    case " $_jdk_seen " in *" $_jdk_m "*) ;; *) _jdk_seen="$_jdk_seen $_jdk_m" ;; esac
    # JAVA_HOME or the default java wins when it is new enough: the user chose it
    if [ "$_jdk_m" -ge 21 ] && { [ "$_jdk_dir" = "${JAVA_HOME:-}" ] || [ "$_jdk_dir" = "$_jdk_path_home" ]; }; then
      _jdk_best=$_jdk_dir _jdk_best_major=$_jdk_m
      break
    fi
    if [ "$_jdk_m" -ge 21 ] && [ "$_jdk_m" -gt "$_jdk_best_major" ]; then
      _jdk_best=$_jdk_dir _jdk_best_major=$_jdk_m
    fi
  done
  if $_jdk_glob_was_off; then set -f; fi
  if [ -z "$_jdk_best" ]; then
    echo "This project needs a JDK 21 or newer and found none (looked at JAVA_HOME, the java on PATH and" \
      "${MVNW_JDK_DIRS:-/usr/lib/jvm}; Java versions there:${_jdk_seen:- none}): install one, e.g. Eclipse Temurin 21 or 25 (adoptium.net) or your" \
      "system's openjdk-21-jdk, or set JAVA_HOME to one." >&2
    return 1
  fi
  JAVA_HOME=$(readlink -f "$_jdk_best")
  export JAVA_HOME
  echo "Using JDK $_jdk_best_major at $JAVA_HOME" >&2
}
