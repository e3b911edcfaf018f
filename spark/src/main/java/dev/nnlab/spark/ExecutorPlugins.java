package dev.nnlab.spark;

import dev.nnlab.core.plugin.PluginCatalog;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an executor finds the plugins {@code --plugins} named, so a run there builds the same
 * components as in the driver. A local master's executor is the driver's own JVM, where the plugin
 * paths are valid; a cluster's executors received the plugin jars with nnlab's ({@code spark.jars}),
 * and Spark puts them all in the class loader it runs the tasks with.
 */
final class ExecutorPlugins implements Serializable {

  private static final long serialVersionUID = 1L;

  private enum Source { NONE, THIS_MACHINE, SHIPPED }

  private final Source source;
  private final List<URI> locations;

  private ExecutorPlugins(Source source, List<URI> locations) {
    this.source = source;
    this.locations = List.copyOf(locations);
  }

  /** No {@code --plugins}: nnlab's own plugins. */
  static ExecutorPlugins none() {
    return new ExecutorPlugins(Source.NONE, List.of());
  }

  /** A local master: the jars and class directories where the driver found them. */
  static ExecutorPlugins onThisMachine(List<Path> plugins) {
    return new ExecutorPlugins(Source.THIS_MACHINE, plugins.stream().map(p -> p.toAbsolutePath().toUri()).toList());
  }

  /** A cluster: the plugin jars travelled with the application's jars. */
  static ExecutorPlugins shipped() {
    return new ExecutorPlugins(Source.SHIPPED, List.of());
  }

  /** The catalog the runs in this JVM resolve their components from. */
  PluginCatalog catalog() {
    return switch (source) {
      case NONE -> PluginCatalog.standard();
      // The task thread's class loader is Spark's for the application: nnlab's jar and the plugins'.
      case SHIPPED -> PluginCatalog.of(Thread.currentThread().getContextClassLoader());
      case THIS_MACHINE -> PluginCatalog.of(new URLClassLoader("nnlab-plugins", urls(), PluginCatalog.class.getClassLoader()));
    };
  }

  private URL[] urls() {
    try {
      URL[] urls = new URL[locations.size()];
      for (int i = 0; i < urls.length; i++) {
        urls[i] = locations.get(i).toURL();
      }
      return urls;
    } catch (MalformedURLException e) {
      throw new IllegalStateException("a plugin location is not a URL: " + e.getMessage(), e);
    }
  }
}
