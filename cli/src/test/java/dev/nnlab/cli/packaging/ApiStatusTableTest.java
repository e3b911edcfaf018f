package dev.nnlab.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/library.md's API status table is the public API surface the page promises: it must list every
 * package of the library modules, each with the module that holds it and the level its
 * {@code package-info.java} declares, and nothing else. The applications (the command line, Spark)
 * are not library modules.
 */
class ApiStatusTableTest {

  private static final Path ROOT = Path.of("..");
  private static final Set<String> APPLICATIONS = Set.of("cli", "spark");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `(dev\\.nnlab[\\w.]*)` \\| `([\\w-]+)` \\| (\\w+) \\|");
  private static final Pattern STATUS = Pattern.compile("@ApiStatus\\(ApiStatus\\.Level\\.(\\w+)\\)");

  @Test
  void theTableListsEveryLibraryPackageWithItsModuleAndDeclaredStatus() throws IOException {
    Map<String, String> declared = declaredInSources();
    Map<String, String> documented = new TreeMap<>();
    Matcher row = ROW.matcher(Files.readString(ROOT.resolve("docs/library.md"), StandardCharsets.UTF_8));
    while (row.find()) {
      documented.put(row.group(1), row.group(2) + " " + row.group(3).toUpperCase(Locale.ROOT));
    }
    assertThat(declared).hasSizeGreaterThan(20);
    assertThat(documented).as("docs/library.md's API status table").isEqualTo(declared);
  }

  /** Package name → "artifactId LEVEL" from each library module's package-info.java files. */
  private static Map<String, String> declaredInSources() throws IOException {
    Map<String, String> declared = new TreeMap<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(dir -> Files.isDirectory(dir.resolve("src/main/java"))
          && !APPLICATIONS.contains(dir.getFileName().toString())).toList()) {
        String artifact = artifactId(module);
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          for (Path info : files.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
            String text = Files.readString(info, StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(text);
            Matcher name = Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
            assertThat(status.find() && name.find()).as(info + " declares a package and its @ApiStatus").isTrue();
            declared.put(name.group(1), artifact + " " + status.group(1));
          }
        }
      }
    }
    return declared;
  }

  /** The module's own artifactId: the first one after its parent block. */
  private static String artifactId(Path module) throws IOException {
    String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher id = Pattern.compile("</parent>\\s*<artifactId>([\\w-]+)</artifactId>").matcher(pom);
    assertThat(id.find()).as(module + "/pom.xml names its artifactId after the parent").isTrue();
    return id.group(1);
  }
}
