package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginKinds;
import org.junit.jupiter.api.Test;

/** The engine's stock costs, optimizers and regularizers are discovered and listed. */
class PluginKindsListingTest {

  @Test
  void catalogsListTheNewKinds() {
    assertThat(PluginCatalog.listedKinds())
        .extracting(PluginKind::label)
        .containsExactly("initializer", "activation", "layer", "cost", "optimizer", "regularizer");
  }

  @Test
  void stockComponentsAreRegistered() {
    PluginCatalog catalog = PluginCatalog.standard();
    assertThat(catalog.registry(PluginKinds.COST).entries()).extracting(PluginEntry::name)
        .containsExactly("cross-entropy", "log-likelihood", "quadratic");
    assertThat(catalog.registry(PluginKinds.OPTIMIZER).entries()).extracting(PluginEntry::name)
        .containsExactly("adagrad", "adam", "momentum", "nesterov", "rmsprop", "sgd");
    assertThat(catalog.registry(PluginKinds.REGULARIZER).entries()).extracting(PluginEntry::name)
        .containsExactly("l1", "l2", "none");
  }

  @Test
  void everyDeclaredExampleSpecCreatesItsComponent() {
    PluginCatalog catalog = PluginCatalog.standard();
    for (PluginKind<?> kind : new PluginKind<?>[] {PluginKinds.COST, PluginKinds.OPTIMIZER, PluginKinds.REGULARIZER}) {
      for (PluginEntry<?> entry : catalog.registry(kind).entries()) {
        for (String example : entry.plugin().examples()) {
          assertThat(catalog.registry(kind).create(example, catalog).value()).as(example).isNotNull();
        }
      }
    }
  }
}
