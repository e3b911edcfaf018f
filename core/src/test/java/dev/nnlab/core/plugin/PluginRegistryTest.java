package dev.nnlab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery over real jars and class directories, each scenario in its own class loader. */
class PluginRegistryTest {

  @TempDir Path temp;

  private PluginRegistry<Initializer> load(Path... paths) {
    URLClassLoader loader = PluginJars.loaderOf(paths);
    return PluginRegistry.load(PluginKinds.INITIALIZER, loader);
  }

  private Path jar(String name, String className, String pluginName, String aliases, String ctor) {
    return new PluginJars(temp)
        .source(className, PluginJars.initializerSource(className, pluginName, aliases, ctor))
        .service(InitializerProvider.class, className)
        .buildJar(name);
  }

  @Test
  void emptyRegistrySaysWhichModuleToAdd() {
    PluginRegistry<Initializer> registry = load(temp);

    assertThat(registry.entries()).isEmpty();
    assertThatThrownBy(() -> registry.require("randn"))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("no initializer plugins found")
        .hasMessageContaining("dev.nnlab:nnlab-initializers")
        .hasMessageContaining(InitializerProvider.class.getName());
  }

  @Test
  void listsAPluginFromAJarWithItsLocation() {
    Path jar = jar("constants", "org.example.ConstantInit", "my-constant", "\"my-const\"", "");

    PluginRegistry<Initializer> registry = load(jar);

    assertThat(registry.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.name()).isEqualTo("my-constant");
      assertThat(entry.location()).isEqualTo(jar.toAbsolutePath().toString());
    });
    assertThat(registry.names()).containsExactly("my-const", "my-constant");
    assertThat(registry.require("MY-CONST").name()).isEqualTo("my-constant");
  }

  @Test
  void listsAPluginFromAClassDirectory() {
    Path classes = new PluginJars(temp)
        .source("org.example.DirInit", PluginJars.initializerSource("org.example.DirInit", "dir-init", "", ""))
        .service(InitializerProvider.class, "org.example.DirInit")
        .buildDirectory("classes");

    PluginRegistry<Initializer> registry = load(classes);

    assertThat(registry.require("dir-init").location()).startsWith(classes.toAbsolutePath().toString());
  }

  @Test
  void duplicateNameNamesBothClassesAndLocations() {
    Path first = jar("first", "org.one.Init", "same-name", "", "");
    Path second = jar("second", "org.two.Init", "same-name", "", "");

    assertThatThrownBy(() -> load(first, second))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("two initializer plugins claim the name 'same-name'")
        .hasMessageContaining("org.one.Init")
        .hasMessageContaining("org.two.Init")
        .hasMessageContaining("first.jar")
        .hasMessageContaining("second.jar");
  }

  @Test
  void aliasClashingWithAnotherPluginsNameIsADuplicate() {
    Path first = jar("first", "org.one.Init", "glorot", "", "");
    Path second = jar("second", "org.two.Init", "xavier", "\"glorot\"", "");

    assertThatThrownBy(() -> load(first, second))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("'glorot'")
        .hasMessageContaining("org.one.Init")
        .hasMessageContaining("org.two.Init");
  }

  @Test
  void providerThatFailsToConstructNamesTheContractAndClass() {
    Path jar = jar("broken", "org.bad.Init", "broken", "", "throw new IllegalStateException(\"boom\");");

    assertThatThrownBy(() -> load(jar))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("org.bad.Init")
        .hasMessageContaining(InitializerProvider.class.getName())
        .hasMessageContaining("boom")
        .hasMessageContaining("broken.jar");
  }

  @Test
  void serviceFileNamingAMissingClassNamesTheContract() {
    Path jar = new PluginJars(temp)
        .service(InitializerProvider.class, "org.missing.Nowhere")
        .buildJar("missing");

    assertThatThrownBy(() -> load(jar))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining(InitializerProvider.class.getName())
        .hasMessageContaining("org.missing.Nowhere");
  }

  @Test
  void serviceFileNamingAClassOfTheWrongTypeIsRefused() {
    Path jar = new PluginJars(temp)
        .source("org.wrong.NotAPlugin", "package org.wrong; public class NotAPlugin {}")
        .service(InitializerProvider.class, "org.wrong.NotAPlugin")
        .buildJar("wrong");

    assertThatThrownBy(() -> load(jar))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("org.wrong.NotAPlugin")
        .hasMessageContaining(InitializerProvider.class.getName());
  }

  @Test
  void nameThatIsNotKebabCaseIsRefused() {
    Path jar = jar("camel", "org.camel.Init", "XavierNormal", "", "");

    assertThatThrownBy(() -> load(jar))
        .isInstanceOf(PluginDiscoveryException.class)
        .hasMessageContaining("'XavierNormal'")
        .hasMessageContaining("kebab-case")
        .hasMessageContaining("org.camel.Init");
  }

  @Test
  void entriesAreSortedByName() {
    Path b = jar("b", "org.b.Init", "beta", "", "");
    Path a = jar("a", "org.a.Init", "alpha", "", "");

    assertThat(load(b, a).entries()).extracting(PluginEntry::name).containsExactly("alpha", "beta");
  }

  @Test
  void createsFromASpecWithDefaultsAndWritesTheCanonicalSpec() {
    PluginRegistry<Initializer> registry = load(jar("c", "org.c.Init", "my-constant", "", ""));
    PluginCatalog catalog = PluginCatalog.of(registry.getClass().getClassLoader());

    Configured<Initializer> made = registry.create("my-constant(value=2.5, count=7)", catalog);

    assertThat(made.spec()).isEqualTo("my-constant(value=2.5, mode=fan_in, count=7)");
    assertThat(made.parameters().real("value")).isEqualTo(2.5);
    assertThat(made.parameters().integer("count")).isEqualTo(7);
    DMatrixRMaj target = new DMatrixRMaj(2, 3);
    made.value().initialize(target, new Fan(3, 2), new Random(1));
    assertThat(target.data).containsOnly(2.5);
  }

  @Test
  void unknownNameListsAvailableAndClosestMatch() {
    PluginRegistry<Initializer> registry = load(
        jar("x", "org.x.Init", "xavier-normal", "\"glorot-normal\"", ""),
        jar("h", "org.h.Init", "he-normal", "", ""));

    assertThatThrownBy(() -> registry.require("xavier-nromal"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("unknown initializer 'xavier-nromal'")
        .hasMessageContaining("Did you mean 'xavier-normal'?")
        .hasMessageContaining("Available: he-normal, xavier-normal");
  }

  @Test
  void unknownNameFarFromEverythingHasNoSuggestion() {
    PluginRegistry<Initializer> registry = load(jar("x", "org.x.Init", "xavier-normal", "", ""));

    assertThatThrownBy(() -> registry.require("qqq"))
        .hasMessageNotContaining("Did you mean")
        .hasMessageContaining("Available: xavier-normal");
  }

  @Test
  void badParametersSayWhichAndWhatIsExpected() {
    PluginRegistry<Initializer> registry = load(jar("c", "org.c.Init", "my-constant", "", ""));
    PluginCatalog catalog = PluginCatalog.standard();

    assertThatThrownBy(() -> registry.create("my-constant(vlue=1)", catalog))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("unknown parameter 'vlue'")
        .hasMessageContaining("accepted: value, mode, count");
    assertThatThrownBy(() -> registry.create("my-constant(value=abc)", catalog))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("parameter 'value'")
        .hasMessageContaining("'abc' is not a number")
        .hasMessageContaining("a number in [-10, 10]");
    assertThatThrownBy(() -> registry.create("my-constant(value=11)", catalog))
        .hasMessageContaining("11 is out of range; expected a number in [-10, 10]");
    assertThatThrownBy(() -> registry.create("my-constant(mode=fan_avg)", catalog))
        .hasMessageContaining("'fan_avg' is not allowed; expected one of fan_in, fan_out");
    assertThatThrownBy(() -> registry.create("my-constant(count=2.5)", catalog))
        .hasMessageContaining("'2.5' is not a whole number; expected a whole number in [1, 100]");
    assertThatThrownBy(() -> registry.create("my-constant(value=1", catalog))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("malformed spec");
  }

  @Test
  void pluginWithoutParametersSaysSo() {
    Path jar = new PluginJars(temp)
        .source("org.p.Bare", """
            package org.p;
            import dev.nnlab.core.init.*;
            import dev.nnlab.core.plugin.*;
            public class Bare implements InitializerProvider {
              public String name() { return "bare"; }
              public String description() { return "no parameters"; }
              public Initializer create(Parameters p) { return null; }
            }
            """)
        .service(InitializerProvider.class, "org.p.Bare")
        .buildJar("bare");

    assertThatThrownBy(() -> load(jar).create("bare(x=1)", PluginCatalog.standard()))
        .hasMessageContaining("unknown parameter 'x' for initializer 'bare'; it takes no parameters");
  }

  @Test
  void catalogLoadsEachRegistryOnceAcrossThreads() throws Exception {
    PluginCatalog catalog = PluginCatalog.of(PluginJars.loaderOf(jar("c", "org.c.Init", "one", "", "")));
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.Set<Object> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 8; i++) {
      Thread thread = new Thread(() -> seen.add(catalog.initializers()));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(1);
    assertThat(Files.exists(temp.resolve("c.jar"))).isTrue();
  }
}
