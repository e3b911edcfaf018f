#!/usr/bin/env bash
# The fresh-project trial of docs/library.md, as a new user would run it: nnlab is installed into a
# private local repository, then a separate Maven project made only of what the page shows (its
# Maven lines, its program, its plugin, services line, kit test and module declarations) is built
# with real dependency resolution through the BOM, the plugin is checked by the kit, and the program
# trains, audits, saves and loads on the class path and again as a named module with the plugin as
# an explicit module. Unlike LibraryPageTest and ModulePathTest, which compile against the reactor's
# class path, this catches what only Maven's resolution shows (a module missing from the BOM or a
# POM, Maven's module-path rules).
#
# Usage: scripts/library-trial.sh [MNIST_DIR]   (default $NNLAB_TEST_MNIST, else MNIST is fetched)
# The private repository starts as a copy of ~/.m2/repository (when there is one), so that only what
# is missing is fetched; ~/.m2/repository itself is never written. Environment: TRIAL_OFFLINE=1
# builds offline; TRIAL_KEEP=1 keeps the work directory. About a minute of CPU time here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
page="$root/docs/library.md"
mnist="${1:-${NNLAB_TEST_MNIST:-}}"
work="$(mktemp -d /tmp/nnlab-library-trial.XXXXXX)"
[ "${TRIAL_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
repo="$work/m2"
[ -d "$HOME/.m2/repository" ] && cp -a "$HOME/.m2/repository" "$repo"
offline=()
[ "${TRIAL_OFFLINE:-0}" = 1 ] && offline=(-o)
mvn() { "$root/mvnw" -q -B "${offline[@]}" -Dmaven.repo.local="$repo" "$@"; }
say() { echo "library-trial: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# The page's fenced block (```LANG) that contains MARKER, without its fences.
block() {
  awk -v lang="$1" -v marker="$2" '
    /^```/ && !inside { inside = 1; kind = substr($0, 4); text = ""; next }
    /^```$/ && inside { inside = 0; if (kind == lang && index(text, marker)) { printf "%s", text; found = 1; exit } next }
    inside { text = text $0 "\n" }
    END { if (!found) exit 1 }' "$page" || fail "docs/library.md has no \`\`\`$1 block containing '$2'"
}

say "installing nnlab's library modules into $repo (tests and Javadoc skipped)"
mvn -f "$root/pom.xml" install -pl '!cli,!examples/custom-initializer' \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"

trial="$work/trial"
plugin="$trial/scaled-uniform"
app="$trial/app"
mkdir -p "$plugin/src/main/java/com/example/init" "$plugin/src/main/resources/META-INF/services" \
  "$plugin/src/test/java/com/example/init" "$app/src/main/java/com/example/app"

# The page's <dependencyManagement> and <dependencies>, as the application's POM takes them.
maven_lines="$(block xml '<artifactId>nnlab-bom</artifactId>')"
surefire="$(block xml 'usePhrasedTestCaseMethodName')"
plugins="<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.16.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version>$surefire</plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.5.1</version></plugin>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><artifactId>maven-install-plugin</artifactId><version>3.2.0</version></plugin>
      <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.11.0</version></plugin>"
pom() {  # artifactId, dependency section, extra
  cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
$2
  <build><plugins>
      $plugins
  </plugins></build>
</project>
EOF
}

# The plugin: the page's provider, services line and kit test, its module declaration, and the
# dependencies the page names (nnlab-core provided, the kit for tests) through the BOM.
pom scaled-uniform "  <dependencyManagement><dependencies><dependency><groupId>dev.nnlab</groupId>
    <artifactId>nnlab-bom</artifactId><version>$version</version><type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>dev.nnlab</groupId><artifactId>nnlab-core</artifactId><scope>provided</scope></dependency>
    $(block xml '<artifactId>nnlab-plugin-tck</artifactId><scope>test</scope>')
  </dependencies>" > "$plugin/pom.xml"
block java 'public class ScaledUniformProvider' > "$plugin/src/main/java/com/example/init/ScaledUniformProvider.java"
block java 'module com.example.init' > "$plugin/src/main/java/module-info.java"
block '' 'com.example.init.ScaledUniformProvider' \
  > "$plugin/src/main/resources/META-INF/services/dev.nnlab.core.init.InitializerProvider"
{
  printf 'package com.example.init;\n\nimport dev.nnlab.tck.InitializerConformance;\n'
  printf 'import java.util.stream.Stream;\nimport org.junit.jupiter.api.DynamicNode;\nimport org.junit.jupiter.api.TestFactory;\n\n'
  block java 'InitializerConformance.forProvider(ScaledUniformProvider.class)'
} > "$plugin/src/test/java/com/example/init/ScaledUniformConformanceTest.java"

# The application: the page's Maven lines plus the plugin, the page's program moved into a package
# (a named module has no unnamed package) and using the plugin, and the page's module declaration.
deps="${maven_lines%</dependencies>*}
  <dependency><groupId>com.example</groupId><artifactId>scaled-uniform</artifactId><version>1.0</version><scope>runtime</scope></dependency>
</dependencies>"
pom app "$deps" > "$app/pom.xml"
{
  printf 'package com.example.app;\n\n'
  block java 'public class QuickStart' | sed 's/\.weights("xavier-normal")/.weights("scaled-uniform(scale=1)")/'
} > "$app/src/main/java/com/example/app/QuickStart.java"
grep -q 'scaled-uniform' "$app/src/main/java/com/example/app/QuickStart.java" \
  || fail "the page's program no longer names .weights(\"xavier-normal\"), which the trial replaces"
block java 'module com.example.app' > "$app/src/main/java/module-info.java"

say "building the plugin (the kit runs on it) and the application"
mvn -f "$plugin/pom.xml" install
mvn -f "$app/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$app/cp.txt" -Dmdep.includeScope=runtime
cp="$(cat "$app/cp.txt")"
grep -q guice <<<"$cp" && fail "the application's runtime class path has Guice, which nnlab-network must not bring"

data=()
[ -n "$mnist" ] && data=("$mnist")
check() {  # label, output file
  grep -q 'layer 1 weights scaled-uniform(scale=1)' "$2" || fail "$1: the audit does not show the plugin's weights ($2)"
  grep -Eq '^after one epoch: [0-9]+ / 10000' "$2" || fail "$1: no accuracy line ($2)"
  grep -q '^loaded 2 layers from ' "$2" || fail "$1: the saved network was not loaded ($2)"
  say "$1: $(grep '^audit verdict' "$2"); $(grep '^after one epoch' "$2")"
}
mkdir -p "$work/out"
say "running on the class path"
(cd "$app" && java --add-modules jdk.incubator.vector -cp "target/classes:$cp" com.example.app.QuickStart \
  "$work/out/class-path.nnlab" "${data[@]}") > "$work/class-path.txt" 2>&1 || { cat "$work/class-path.txt" >&2; fail "class path run"; }
check "class path" "$work/class-path.txt"

say "running as a named module, the plugin an explicit module"
modules="$(block bash 'ALL-MODULE-PATH' | sed -n 's/.*--add-modules \([^ ]*\) .*/\1/p')"
(cd "$app" && java --add-modules "$modules" -p "target/classes:$cp" \
  -m com.example.app/com.example.app.QuickStart "$work/out/module-path.nnlab" "${data[@]}") \
  > "$work/module-path.txt" 2>&1 || { cat "$work/module-path.txt" >&2; fail "module path run"; }
check "module path" "$work/module-path.txt"
say "passed"
