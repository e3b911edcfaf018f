package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.core.plugin.StockPlugins;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** core's list of stock plugin names is exactly what nnlab's own jars register (test fixtures aside). */
class StockPluginsTest {

  @Test
  void theListMatchesWhatTheStockJarsRegister() {
    PluginCatalog catalog = PluginCatalog.standard();
    for (PluginKind<?> kind : PluginCatalog.listedKinds()) {
      Set<String> registered = new TreeSet<>();
      for (PluginEntry<?> entry : catalog.registry(kind).entries()) {
        Class<?> type = entry.plugin().getClass();
        boolean stock = type.getPackageName().startsWith("dev.nnlab.")
            && !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
        if (stock) {
          registered.add(entry.name());
          registered.addAll(entry.plugin().aliases());
        }
      }
      assertThat(new TreeSet<>(StockPlugins.names(kind))).as(kind.label()).isEqualTo(registered);
    }
  }

  @Test
  void aStockNameGetsItsModuleAndAnyOtherNameTheAdviceToAddItsOwnJar() {
    assertThat(StockPlugins.remedy(PluginKinds.ACTIVATION, "softsign"))
        .isEqualTo("add dev.nnlab:nnlab-activations (the stock activations) to the class path");
    assertThat(StockPlugins.remedy(PluginKinds.INITIALIZER, "fixed-norm-rows"))
        .startsWith("'fixed-norm-rows' is not a stock nnlab initializer: add the jar that provides it")
        .doesNotContain("dev.nnlab:");
  }
}
