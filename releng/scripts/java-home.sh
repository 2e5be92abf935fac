# Sourced by RepAlign's scripts: finds a JDK 21 or newer and exports JAVA_HOME.
#
# Order: $JAVA_HOME when it is new enough, then the `java` on PATH, then JDKs installed in the
# usual places (/usr/lib/jvm, /usr/java, /opt, ~/.jdks, ~/.sdkman). Set REPALIGN_NO_JDK_SEARCH=1 to
# use $JAVA_HOME (or PATH) only. Without a JDK 21+ it prints one line and returns 1.

repalign_java_feature() {
  # prints the feature release (17, 21, 25, ...) of the JDK in $1, or nothing; reads the JDK's
  # release file with shell builtins (the launcher runs this on every start, and every process it
  # forks costs start-up time)
  local home=$1 version="" line
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/}; break ;; esac
    done <"$home/release"
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)
  fi
  version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

# the path with its symbolic links resolved; a path without any needs no process
repalign_resolved() {
  local path=$1 part=""
  while [ "$path" != "$part" ]; do
    [ -L "$path" ] && { readlink -f "$1"; return; }
    part=$path
    path=${path%/*}
  done
  printf '%s\n' "$1"
}

repalign_select_java() {
  local candidate feature found="" seen="" java
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java 2>/dev/null); then
    java=$(repalign_resolved "$java")
    candidates+=("${java%/bin/java}")
  fi
  if [ "${REPALIGN_NO_JDK_SEARCH:-0}" != 1 ]; then
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
                     "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/*; do
      [ -d "$candidate" ] && candidates+=("$candidate")
    done
  fi
  for candidate in "${candidates[@]}"; do
    candidate=$(repalign_resolved "$candidate")
    case " $seen " in *"@$candidate "*) continue ;; esac
    feature=$(repalign_java_feature "$candidate")
    [ -n "$feature" ] && seen="$seen Java $feature ($candidate)"
    if [ -n "$feature" ] && [ "$feature" -ge 21 ] 2>/dev/null; then
      found=$candidate
      break
    fi
  done
  if [ -z "$found" ]; then
    echo "RepAlign needs Java 21 or newer, but found${seen:- no JDK}; install a JDK 21+ and set JAVA_HOME to it (e.g. export JAVA_HOME=/path/to/jdk-21)." >&2
    return 1
  fi
  export JAVA_HOME=$found
  export REPALIGN_JAVA_FEATURE=$feature
  export PATH="$JAVA_HOME/bin:$PATH"
}
