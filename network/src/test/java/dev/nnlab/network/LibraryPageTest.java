package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnlab.Nnlab;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.DynamicTestOutcomes;
import dev.nnlab.tck.InitializerConformance;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md's program, exactly as the page shows it: extracted, compiled against this module's
 * class path, and run in its own JVM on the real MNIST files; and the page's initializer plugin with
 * its services line, compiled, run through the conformance kit and used by name. If the API moves,
 * the page fails here.
 */
class LibraryPageTest {

  private static final Path PAGE = Path.of("..", "docs", "library.md");

  @Test
  void theQuickStartOnThePageCompilesAuditsTrainsSavesAndLoads(@TempDir Path work) throws Exception {
    String mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)),
        "NNLAB_TEST_MNIST does not name a directory with the real MNIST files");
    Path source = work.resolve("QuickStart.java");
    Files.writeString(source, javaBlock("public class QuickStart"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, source.toString()))
        .as("javac exit code for the page's program").isZero();

    Path saved = work.resolve("net.nnlab");
    Path log = work.resolve("out.txt");
    Process run = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-modules", "jdk.incubator.vector",
            "-cp", classes + java.io.File.pathSeparator + classPath,
            "QuickStart", saved.toString(), mnist)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the program finished within 5 minutes").isTrue();
    String out = Files.readString(log);
    assertThat(run.exitValue()).as(out).isZero();
    assertThat(out).contains("audit verdict: HEALTHY").contains("loaded 2 layers from " + saved);
    Matcher accuracy = Pattern.compile("after one epoch: (\\d+) / 10000").matcher(out);
    assertThat(accuracy.find()).as(out).isTrue();
    // one epoch of Xavier-initialised Nielsen's network: about 93 %; far above chance (10 %)
    assertThat(Integer.parseInt(accuracy.group(1))).isBetween(8_500, 9_800);
    assertThat(saved).isNotEmptyFile();
  }

  @Test
  void thePagesInitializerCompilesPassesTheKitAndBuildsANetwork(@TempDir Path work) throws Exception {
    Path source = Files.createDirectories(work.resolve("src")).resolve("ScaledUniformProvider.java");
    Files.writeString(source, javaBlock("public class ScaledUniformProvider"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null,
            "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), source.toString()))
        .as("javac exit code for the page's initializer").isZero();
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(services.resolve(InitializerProvider.class.getName()), servicesLine() + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      PluginCatalog catalog = PluginCatalog.of(loader);
      Class<? extends InitializerProvider> type =
          loader.loadClass("com.example.init.ScaledUniformProvider").asSubclass(InitializerProvider.class);
      List<DynamicTestOutcomes.Outcome> outcomes = DynamicTestOutcomes.run(InitializerConformance.forProvider(type, catalog));
      assertThat(outcomes).hasSizeGreaterThan(40).noneMatch(DynamicTestOutcomes.Outcome::failed);

      Network network = Nnlab.using(catalog).network().input(784).dense(30, "sigmoid").dense(10, "sigmoid")
          .weights("scaled-uniform(scale=2)").biases("zeros").seed(1).build();
      // U(-a, a) with a = 2/sqrt(784): every weight of the first layer within it, and not all zero
      double a = 2 / Math.sqrt(784);
      double[] w = network.layer(1).parameters().get(0).value().data;
      assertThat(Arrays.stream(w).map(Math::abs).max().orElseThrow()).isLessThanOrEqualTo(a).isGreaterThan(a / 2);
    }
  }

  /** The page's services file: the one line after "InitializerProvider` holds its name". */
  private static String servicesLine() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher line = Pattern.compile("InitializerProvider` holds its name:\n\n```\n(\\S+)\n```").matcher(page);
    assertThat(line.find()).as("docs/library.md shows the services file").isTrue();
    return line.group(1);
  }

  @Test
  void thePageNamesTheBomAndEveryModuleItUses() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    for (String artifact : List.of("nnlab-bom", "nnlab-network", "nnlab-initializers", "nnlab-activations",
        "nnlab-plugin-tck")) {
      assertThat(page).as("docs/library.md names " + artifact).contains("<artifactId>" + artifact + "</artifactId>");
    }
  }

  /** The page's ```java block containing {@code marker}. */
  private static String javaBlock(String marker) throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
    while (block.find()) {
      if (block.group(1).contains(marker)) {
        return block.group(1);
      }
    }
    throw new AssertionError("docs/library.md has no ```java block with " + marker);
  }
}
