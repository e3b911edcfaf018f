package dev.nnlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's own class loader: Spark's jars (as the module's build listed them in
 * {@code spark-classpath.txt}) and this module's classes, over a parent that shows only nnlab's
 * classes and the JDK. Spark then finds its own Jackson, Guava, Log4j and Scala, and nnlab keeps
 * its own, whatever versions either side brings.
 */
final class SparkClassLoader extends URLClassLoader {

  static final String CLASSPATH_FILE = "spark-classpath.txt";

  static {
    ClassLoader.registerAsParallelCapable();
  }

  private SparkClassLoader(URL[] urls, ClassLoader parent) {
    super("nnlab-spark", urls, parent);
  }

  /** The loader for the module whose classes {@code anchor} came from (a jar or a class directory). */
  static SparkClassLoader beside(Class<?> anchor) {
    Path own = location(anchor);
    Path list = own.getParent().resolve(CLASSPATH_FILE);
    if (!Files.isRegularFile(list)) {
      throw new IllegalStateException("Spark's class path list " + list + " is missing; build the module with"
          + " ./mvnw -Pspark -pl spark -am package -DskipTests");
    }
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(own.toUri().toURL());
      for (Path jar : jars(list)) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new SparkClassLoader(urls.toArray(URL[]::new), new NnlabOnly(anchor.getClassLoader()));
  }

  /** The jars listed in a {@code spark-classpath.txt}, each checked to exist. */
  static List<Path> jars(Path list) {
    try {
      List<Path> jars = new ArrayList<>();
      for (String entry : Files.readString(list).strip().split(java.io.File.pathSeparator)) {
        Path jar = Path.of(entry);
        if (!Files.isRegularFile(jar)) {
          throw new IllegalStateException(list + " names " + jar + ", which is missing; rebuild the spark module");
        }
        jars.add(jar);
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + list + ": " + e.getMessage(), e);
    }
  }

  static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + type.getName(), e);
    }
  }

  /** The JDK's classes, and nnlab's (but not this module's) from nnlab's loader; nothing else. */
  private static final class NnlabOnly extends ClassLoader {

    static {
      ClassLoader.registerAsParallelCapable();
    }

    private final ClassLoader nnlab;

    NnlabOnly(ClassLoader nnlab) {
      super("nnlab-only", ClassLoader.getPlatformClassLoader());
      this.nnlab = nnlab;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("dev.nnlab.") && !name.startsWith("dev.nnlab.spark.")) {
        return nnlab.loadClass(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}
