package dev.nnlab.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors load the runs from: nnlab's runnable jar, this module's, and the
 * plugins {@code --plugins} named. Run from a build's classes or module jars (in tests), nnlab's jar
 * is the runnable one the build made beside them; a class directory (this module's, or a plugin's)
 * is packed into a temporary jar, since Spark ships jars.
 */
final class ApplicationJars {

  private ApplicationJars() {}

  /**
   * @param nnlab nnlab's own jar, or none when it runs from class directories
   * @param plugins plugin jars and class directories
   */
  static List<String> of(List<Path> nnlab, List<Path> plugins) {
    List<String> jars = new ArrayList<>();
    for (Path jar : nnlab) {
      jars.add((runnable(jar) ? jar : builtNnlabJar(jar)).toAbsolutePath().toString());
    }
    if (nnlab.isEmpty()) {
      jars.add(builtNnlabJar(SparkClassLoader.location(dev.nnlab.cli.sweep.SweepJob.class)).toString());
    }
    Path own = SparkClassLoader.location(ApplicationJars.class);
    jars.add(jar(own));
    plugins.forEach(plugin -> jars.add(jar(plugin)));
    return jars;
  }

  private static String jar(Path jarOrClasses) {
    return (Files.isDirectory(jarOrClasses) ? pack(jarOrClasses) : jarOrClasses).toAbsolutePath().toString();
  }

  /** nnlab's runnable jar holds every module; the cli module's own jar holds only its classes. */
  private static boolean runnable(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getEntry("dev/nnlab/network/data/DataSet.class") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code cli/target/nnlab.jar}, beside the cli module's classes or jar nnlab runs from. */
  private static Path builtNnlabJar(Path cli) {
    Path jar = cli.resolveSibling("nnlab.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("a Spark cluster's executors need nnlab's runnable jar, and " + jar
          + " does not exist; build it with ./mvnw -pl cli -am package -DskipTests");
    }
    return jar;
  }

  private static Path pack(Path classes) {
    try {
      Path jar = Files.createTempFile("nnlab-spark-", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file);
          Stream<Path> files = Files.walk(classes)) {
        for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
          Files.copy(path, out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack " + classes + " into a jar for Spark: " + e.getMessage(), e);
    }
  }
}
