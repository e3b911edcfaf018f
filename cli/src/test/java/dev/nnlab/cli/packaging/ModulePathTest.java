package dev.nnlab.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md's module path, as the page tells it: nnlab's built jars as automatic modules, the
 * page's initializer compiled as an explicit plugin module (with the page's module-info), and a
 * named application module requiring what the page says, run with the page's
 * {@code --add-modules ALL-MODULE-PATH}. The application loads data through a class that logs (the
 * issue's {@code NoClassDefFoundError: org/slf4j/LoggerFactory}) and finds the stock plugins and the
 * explicit one. Runs where the reactor has packaged the jars ({@code ./mvnw verify}); an IDE's class
 * directories cannot be automatic modules.
 */
class ModulePathTest {

  private static final Path PAGE = Path.of("..", "docs", "library.md");

  private static final List<String> MODULES = List.of(
      "nnlab-core", "nnlab-data", "nnlab-training-plugins", "nnlab-backends", "nnlab-network", "nnlab-layers", "nnlab-initializers", "nnlab-activations",
      "ejml-", "slf4j-api");

  @Test
  void aNamedModuleFindsTheStockPluginsAndAnExplicitPluginModuleAsThePageSays(@TempDir Path work) throws Exception {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> MODULES.stream().anyMatch(name -> Path.of(entry).getFileName().toString().startsWith(name)))
        .collect(Collectors.toList());
    assumeTrue(jars.stream().allMatch(entry -> entry.endsWith(".jar")),
        "nnlab's modules are class directories here, not jars (run ./mvnw verify): " + jars);
    for (String jar : jars) {
      if (Path.of(jar).getFileName().toString().startsWith("nnlab-")) {
        try (JarFile file = new JarFile(jar)) {
          assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
              .as("Automatic-Module-Name of " + jar).startsWith("dev.nnlab.");
        }
      }
    }
    String modulePath = String.join(File.pathSeparator, jars);
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);

    Path plugin = work.resolve("out/plugin");
    compile(modulePath, plugin, work.resolve("src/plugin"),
        javaBlock(page, "module com.example.init"), javaBlock(page, "public class ScaledUniformProvider"));

    Path app = work.resolve("out/app");
    String moduleInfo = javaBlock(page, "module com.example.app");
    compile(modulePath, app, work.resolve("src/app"), moduleInfo, """
        package com.example.app;

        import dev.nnlab.Nnlab;
        import dev.nnlab.core.layer.Network;
        import dev.nnlab.network.data.DataSetLoader;

        public class Main {
          public static void main(String[] args) {
            System.out.println("loader " + DataSetLoader.standard().getClass().getSimpleName());
            Nnlab nnlab = Nnlab.standard();
            Network network = nnlab.network()
                .input(784).dense(30, "sigmoid").dense(10, "softmax")
                .weights("scaled-uniform(scale=2)").biases("zeros").seed(1).build();
            System.out.println("initializers " + nnlab.plugins().initializers().names().size());
            System.out.println("found " + nnlab.plugins().initializers().names().contains("scaled-uniform"));
            System.out.println("activations " + nnlab.plugins().activations().names().size());
            System.out.println("layer 1 " + network.layer(1));
            System.out.println("module " + Main.class.getModule().getName() + " / "
                + Nnlab.class.getModule().getName());
          }
        }
        """);

    Path log = work.resolve("out.txt");
    Process run = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-modules", addedModules(page),
            "--module-path", String.join(File.pathSeparator, app.toString(), plugin.toString(), modulePath),
            "--module", "com.example.app/com.example.app.Main")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(log);
    assertThat(run.exitValue()).as(out).isZero();
    assertThat(out).contains("loader DataSetLoader", "module com.example.app / dev.nnlab.network",
        "found true", "layer 1 dense 784→30 sigmoid, weights scaled-uniform(scale=2");
    assertThat(count(out, "initializers")).as(out).isGreaterThanOrEqualTo(20);
    assertThat(count(out, "activations")).as(out).isGreaterThanOrEqualTo(14);
  }

  /** The modules the page's {@code java} command adds on the module path. */
  private static String addedModules(String page) {
    Matcher command = Pattern.compile("java --add-modules (\\S+) -p ").matcher(page);
    assertThat(command.find()).as("docs/library.md's module-path java command").isTrue();
    assertThat(command.group(1)).contains("ALL-MODULE-PATH");
    return command.group(1);
  }

  private static void compile(String modulePath, Path classes, Path sources, String... units) throws IOException {
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath, "-d", classes.toString()));
    for (String unit : units) {
      Matcher type = Pattern.compile("(?m)^public class (\\w+)").matcher(unit);
      String name = unit.startsWith("module ") ? "module-info" : type.find() ? type.group(1) : null;
      assertThat(name).as("a module declaration or a public class: " + unit).isNotNull();
      Path file = Files.createDirectories(sources).resolve(name + ".java");
      Files.writeString(file, unit);
      args.add(file.toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
        .as("javac exit code for " + sources).isZero();
  }

  /** The page's ```java block containing {@code marker}. */
  private static String javaBlock(String page, String marker) {
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
    while (block.find()) {
      if (block.group(1).contains(marker)) {
        return block.group(1);
      }
    }
    throw new AssertionError("docs/library.md has no ```java block with " + marker);
  }

  private static int count(String out, String label) {
    return out.lines().filter(line -> line.startsWith(label + " ")).findFirst()
        .map(line -> Integer.parseInt(line.substring(label.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError("no '" + label + "' line in: " + out));
  }
}
