package dev.nnlab.core.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars and class directories for discovery tests: Java sources compiled against
 * the test classpath, plus a {@code META-INF/services} file, so that discovery runs exactly as it does
 * for a user's jar.
 */
public final class PluginJars {

  private final Path workDirectory;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, List<String>> services = new LinkedHashMap<>();

  public PluginJars(Path workDirectory) {
    this.workDirectory = workDirectory;
  }

  /** Adds a public class {@code pkg.Name} with the given source. */
  public PluginJars source(String className, String source) {
    sources.put(className, source);
    return this;
  }

  /** Lists {@code implementation} as a provider of {@code contract}. */
  public PluginJars service(Class<?> contract, String implementation) {
    services.computeIfAbsent(contract.getName(), k -> new ArrayList<>()).add(implementation);
    return this;
  }

  /** Compiles into a directory of classes and returns it. */
  public Path buildDirectory(String name) {
    Path classes = workDirectory.resolve(name);
    try {
      Files.createDirectories(classes);
      compileInto(classes);
      Path servicesDirectory = classes.resolve("META-INF/services");
      Files.createDirectories(servicesDirectory);
      for (Map.Entry<String, List<String>> entry : services.entrySet()) {
        Files.writeString(
            servicesDirectory.resolve(entry.getKey()),
            String.join("\n", entry.getValue()) + "\n",
            StandardCharsets.UTF_8);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles and packs into {@code name}.jar, returning the jar's path. */
  public Path buildJar(String name) {
    Path classes = buildDirectory(name + "-classes");
    Path jar = workDirectory.resolve(name + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  private void compileInto(Path classes) throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    Path sourceRoot = Files.createTempDirectory(workDirectory, "src");
    List<String> arguments = new ArrayList<>(
        List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
            "-proc:none", "-nowarn"));
    for (Map.Entry<String, String> entry : sources.entrySet()) {
      Path file = sourceRoot.resolve(entry.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
      arguments.add(file.toString());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("test plugin did not compile:\n" + errors);
    }
  }

  /** A class loader over the given jars/directories whose parent is the test's own loader. */
  public static URLClassLoader loaderOf(Path... paths) {
    URL[] urls = new URL[paths.length];
    try {
      for (int i = 0; i < paths.length; i++) {
        urls[i] = paths[i].toUri().toURL();
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new URLClassLoader(urls, PluginJars.class.getClassLoader());
  }

  /** Source of an initializer provider with the given name, aliases and an optional body for create. */
  public static String initializerSource(String className, String name, String aliases, String constructorBody) {
    int dot = className.lastIndexOf('.');
    return "package " + className.substring(0, dot) + ";\n"
        + "import dev.nnlab.core.init.*;\n"
        + "import dev.nnlab.core.plugin.*;\n"
        + "import java.util.List;\n"
        + "public class " + className.substring(dot + 1) + " implements InitializerProvider {\n"
        + "  public " + className.substring(dot + 1) + "() { " + constructorBody + " }\n"
        + "  public String name() { return \"" + name + "\"; }\n"
        + "  public List<String> aliases() { return List.of(" + aliases + "); }\n"
        + "  public String description() { return \"fills with a constant\"; }\n"
        + "  public List<ParameterSpec> parameters() { return List.of(\n"
        + "    ParameterSpec.of(\"value\", ParameterType.realBetween(-10, 10), \"0.5\", \"the constant\"),\n"
        + "    ParameterSpec.of(\"mode\", ParameterType.choice(\"fan_in\", \"fan_out\"), \"fan_in\", \"which fan\"),\n"
        + "    ParameterSpec.of(\"count\", ParameterType.integer(1, 100), \"3\", \"a count\")); }\n"
        + "  public Initializer create(Parameters p) {\n"
        + "    double v = p.real(\"value\");\n"
        + "    return new Initializer() {\n"
        + "      public void initialize(org.ejml.data.DMatrixRMaj t, Fan f,"
        + " java.util.random.RandomGenerator r) { java.util.Arrays.fill(t.data, 0, t.getNumElements(), v); }\n"
        + "      public String formula(Fan f) { return \"constant \" + v; }\n"
        + "    };\n"
        + "  }\n"
        + "}\n";
  }
}
