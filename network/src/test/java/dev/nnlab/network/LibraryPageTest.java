package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * class path, and run in its own JVM on the real MNIST files. If the API moves, the page fails here.
 */
class LibraryPageTest {

  private static final Path PAGE = Path.of("..", "docs", "library.md");

  @Test
  void theQuickStartOnThePageCompilesAuditsTrainsSavesAndLoads(@TempDir Path work) throws Exception {
    String mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)),
        "NNLAB_TEST_MNIST does not name a directory with the real MNIST files");
    Path source = work.resolve("QuickStart.java");
    Files.writeString(source, quickStart());
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
  void thePageNamesTheBomAndEveryModuleItUses() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    for (String artifact : List.of("nnlab-bom", "nnlab-network", "nnlab-initializers", "nnlab-activations",
        "nnlab-plugin-tck")) {
      assertThat(page).as("docs/library.md names " + artifact).contains("<artifactId>" + artifact + "</artifactId>");
    }
  }

  private static String quickStart() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
    while (block.find()) {
      if (block.group(1).contains("public class QuickStart")) {
        return block.group(1);
      }
    }
    throw new AssertionError("docs/library.md has no ```java block with public class QuickStart");
  }
}
