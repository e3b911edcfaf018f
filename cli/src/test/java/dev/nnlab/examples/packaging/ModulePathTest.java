package dev.nnlab.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named application module on the module path, with nnlab's built jars beside it as automatic
 * modules: it compiles against their Automatic-Module-Names, and ServiceLoader finds the stock
 * plugins there as it does on the class path. Runs where the reactor has packaged the jars
 * ({@code ./mvnw verify}); an IDE's class directories cannot be automatic modules.
 */
class ModulePathTest {

  private static final List<String> MODULES = List.of(
      "nnlab-core", "nnlab-data", "nnlab-training-plugins", "nnlab-backends", "nnlab-network", "nnlab-layers", "nnlab-initializers", "nnlab-activations",
      "ejml-", "slf4j-api");

  @Test
  void aNamedModuleFindsTheStockPluginsAndTrainsOnTheModulePath(@TempDir Path work) throws Exception {
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
    Path source = Files.createDirectories(work.resolve("src/app/demo"));
    Files.writeString(work.resolve("src/app/module-info.java"),
        "module app { requires dev.nnlab.core; requires dev.nnlab.network; }\n");
    Files.writeString(source.resolve("Main.java"), """
        package demo;

        import dev.nnlab.core.layer.Network;
        import dev.nnlab.core.plugin.PluginCatalog;
        import dev.nnlab.network.NetworkBuilder;

        public class Main {
          public static void main(String[] args) {
            PluginCatalog plugins = PluginCatalog.standard();
            Network network = NetworkBuilder.using(plugins)
                .input(784).dense(30, "sigmoid").dense(10, "softmax")
                .weights("xavier-normal").biases("zeros").seed(1).build();
            System.out.println("initializers " + plugins.initializers().names().size());
            System.out.println("activations " + plugins.activations().names().size());
            System.out.println("layers " + network.layers().size());
            System.out.println("module " + Main.class.getModule().getName() + " / "
                + PluginCatalog.class.getModule().getName());
          }
        }
        """);
    String modulePath = String.join(File.pathSeparator, jars);
    Path classes = work.resolve("out/app");
    int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "--module-path", modulePath, "-d", classes.toString(),
        work.resolve("src/app/module-info.java").toString(), source.resolve("Main.java").toString());
    assertThat(javac).as("javac exit code of the named module").isZero();

    Path log = work.resolve("out.txt");
    Process run = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path", classes + File.pathSeparator + modulePath,
            "--module", "app/demo.Main")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(log);
    assertThat(run.exitValue()).as(out).isZero();
    assertThat(out).contains("module app / dev.nnlab.core").contains("layers 2");
    assertThat(count(out, "initializers")).as(out).isGreaterThanOrEqualTo(19);
    assertThat(count(out, "activations")).as(out).isGreaterThanOrEqualTo(14);
  }

  private static int count(String out, String label) {
    return out.lines().filter(line -> line.startsWith(label + " ")).findFirst()
        .map(line -> Integer.parseInt(line.substring(label.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError("no '" + label + "' line in: " + out));
  }
}
