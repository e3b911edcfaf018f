package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.Nnlab;
import dev.nnlab.core.api.ApiStatus;
import dev.nnlab.core.layer.Network;
import dev.nnlab.initializers.ZerosProvider;
import dev.nnlab.layers.Dense;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the library modules on this class path says how far it may be relied on. */
class ApiStatusTest {

  @Test
  void everyLibraryPackageCarriesAStatus() throws Exception {
    List<String> missing = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    // one class of each library module: core, network, layers, initializers, activations, data,
    // training-plugins, backends
    for (Class<?> anchor : List.of(Network.class, Nnlab.class, Dense.class, ZerosProvider.class,
        dev.nnlab.activations.SigmoidProvider.class, dev.nnlab.network.io.NetworkFile.class,
        dev.nnlab.network.optim.Sgd.class, dev.nnlab.network.fast.FastBackend.class)) {
      for (String name : packagesBeside(anchor)) {
        packages.add(name);
        Class<?> info = Class.forName(name + ".package-info", false, anchor.getClassLoader());
        if (info.getAnnotation(ApiStatus.class) == null) {
          missing.add(name);
        }
      }
    }
    assertThat(packages).contains("dev.nnlab", "dev.nnlab.network.train", "dev.nnlab.core.plugin", "dev.nnlab.layers");
    assertThat(missing).as("packages without @ApiStatus in package-info.java").isEmpty();
  }

  @Test
  void theEntryPointsAreStableAndTheBackendsInternal() {
    assertThat(Nnlab.class.getPackage().getAnnotation(ApiStatus.class).value()).isEqualTo(ApiStatus.Level.STABLE);
    assertThat(dev.nnlab.network.fast.FastBackend.class.getPackage().getAnnotation(ApiStatus.class).value())
        .isEqualTo(ApiStatus.Level.INTERNAL);
  }

  /** The packages with classes in the directory or jar {@code anchor} was loaded from. */
  private static List<String> packagesBeside(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isDirectory(root)) {
      try (var jar = java.nio.file.FileSystems.newFileSystem(root)) {
        return packagesUnder(jar.getPath("/"));
      }
    }
    return packagesUnder(root);
  }

  private static List<String> packagesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("-info"))
          .map(f -> root.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.'))
          .filter(name -> name.equals("dev.nnlab") || name.startsWith("dev.nnlab."))
          .distinct().sorted().toList();
    }
  }
}
