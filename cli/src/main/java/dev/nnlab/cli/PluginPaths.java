package dev.nnlab.cli;

import dev.nnlab.core.plugin.PluginCatalog;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the plugin catalog the commands use: nnlab's own classpath plus the jars and class
 * directories named by {@code --plugins} and the {@code NNLAB_PLUGINS} environment variable.
 */
final class PluginPaths {

  static final String ENVIRONMENT_VARIABLE = "NNLAB_PLUGINS";

  /** The name of the class loader over the plugins, by which {@link #locations} knows it. */
  private static final String LOADER_NAME = "nnlab-plugins";

  private PluginPaths() {}

  /**
   * The catalog of nnlab's own plugins and those at {@code options} and {@code environmentValue}.
   * A jar that cannot be used ({@link PluginJar}) is left out and {@code warnings} gets one line
   * naming it and why, so the other plugins still load.
   */
  static PluginCatalog catalog(List<Path> options, String environmentValue, Consumer<String> warnings) {
    List<Path> paths = new ArrayList<>(options);
    if (environmentValue != null && !environmentValue.isBlank()) {
      for (String part : environmentValue.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          paths.add(Path.of(part));
        }
      }
    }
    if (paths.isEmpty()) {
      return PluginCatalog.standard();
    }
    List<URL> urls = new ArrayList<>();
    for (Path path : paths) {
      urls.addAll(urlsOf(path, warnings));
    }
    ClassLoader loader =
        new URLClassLoader(LOADER_NAME, urls.toArray(URL[]::new), PluginPaths.class.getClassLoader());
    return PluginCatalog.of(loader);
  }

  /**
   * The plugin jars and class directories behind a catalog {@link #catalog} built, those found
   * usable; none for nnlab's own. A sweep sends them to a Spark cluster's executors.
   */
  static List<Path> locations(PluginCatalog catalog) {
    if (!(catalog.classLoader() instanceof URLClassLoader loader) || !LOADER_NAME.equals(loader.getName())) {
      return List.of();
    }
    List<Path> locations = new ArrayList<>();
    for (URL url : loader.getURLs()) {
      try {
        locations.add(Path.of(url.toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException("plugin location " + url + " is not a path: " + e.getMessage(), e);
      }
    }
    return locations;
  }

  /** A jar, a directory of classes (with META-INF/services), or a directory holding jars. */
  private static List<URL> urlsOf(Path path, Consumer<String> warnings) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(
          "--plugins " + path + ": no such file or directory; expected a plugin jar or a directory of jars");
    }
    try {
      if (Files.isRegularFile(path)) {
        if (!path.toString().endsWith(".jar")) {
          throw new IllegalArgumentException(
              "--plugins " + path + ": not a jar; expected a plugin jar or a directory of jars");
        }
        return usable(path, warnings) ? List.of(toUrl(path)) : List.of();
      }
      List<URL> urls = new ArrayList<>();
      if (Files.isDirectory(path.resolve("META-INF")) || !containsJars(path)) {
        urls.add(toUrl(path));
      }
      try (Stream<Path> children = Files.list(path)) {
        for (Path jar : children.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
          if (usable(jar, warnings)) {
            urls.add(toUrl(jar));
          }
        }
      }
      return urls;
    } catch (IOException e) {
      throw new IllegalArgumentException("--plugins " + path + ": cannot read it ("
          + dev.nnlab.network.io.IoReasons.reason(e) + ")");
    }
  }

  private static boolean usable(Path jar, Consumer<String> warnings) {
    Optional<String> problem = PluginJar.problem(jar);
    problem.ifPresent(p -> warnings.accept("plugin jar " + jar + " is left out: " + p));
    return problem.isEmpty();
  }

  private static boolean containsJars(Path directory) throws IOException {
    try (Stream<Path> children = Files.list(directory)) {
      return children.anyMatch(p -> p.toString().endsWith(".jar"));
    }
  }

  private static URL toUrl(Path path) throws MalformedURLException {
    return path.toAbsolutePath().normalize().toUri().toURL();
  }
}
