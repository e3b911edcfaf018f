package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.SyntheticDigits;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentContextTest {

  private static final DataSet DATA = SyntheticDigits.dataSet(400);

  @Test
  void trainsEveryConfigurationWithEverySeedInOrderAndPairsTheSeeds() {
    List<String> lines = new ArrayList<>();
    ExperimentContext context = new ExperimentContext(DATA, PluginCatalog.standard(), List.of(4L, 5L), false, 2,
        line -> { synchronized (lines) { lines.add(line); } });
    Map<String, Recipe> configurations = new LinkedHashMap<>();
    Recipe base = Recipe.of(Preset.NETWORK).withEpochs(2);
    configurations.put("randn", base);
    configurations.put("rand", base.withWeights("rand").withBiases("rand"));

    Map<String, List<SeedRun>> runs = context.train(configurations, context.data(0));

    assertThat(runs.keySet()).containsExactly("randn", "rand");
    assertThat(runs.get("randn")).extracting(SeedRun::seed).containsExactly(4L, 5L);
    assertThat(runs.get("rand")).extracting(SeedRun::seed).containsExactly(4L, 5L);
    assertThat(runs.get("randn").get(0).test()).hasSize(2);
    assertThat(runs.get("randn").get(0).validation()).isEmpty();
    assertThat(runs.get("randn").get(0).bestTest()).isGreaterThan(runs.get("rand").get(0).bestTest());
    assertThat(lines).hasSize(4).allMatch(l -> l.contains("seed"));
  }

  @Test
  void theQuickFormCutsTheEvaluationSetsAndTheFullFormDoesNot() {
    DataSet big = SyntheticDigits.dataSet(100);
    DataSet wide = new DataSet(big.dataSet(), big.train(), SyntheticDigits.samples(2500, 8), SyntheticDigits.samples(2500, 9),
        big.directory(), big.origin(), big.files());

    DataSet quick = new ExperimentContext(wide, PluginCatalog.standard(), List.of(1L), true, 1, l -> {}).data(50);
    DataSet full = new ExperimentContext(wide, PluginCatalog.standard(), List.of(1L), false, 1, l -> {}).data(0);

    assertThat(quick.train().size()).isEqualTo(50);
    assertThat(quick.test().size()).isEqualTo(2000);
    assertThat(quick.validation().size()).isEqualTo(2000);
    assertThat(full.test().size()).isEqualTo(2500);
    assertThat(full.train().size()).isEqualTo(100);
  }

  @Test
  void picksTheReducedValueOnlyInTheQuickForm() {
    assertThat(new ExperimentContext(DATA, PluginCatalog.standard(), List.of(1L), true, 1, l -> {}).pick(30, 3)).isEqualTo(3);
    assertThat(new ExperimentContext(DATA, PluginCatalog.standard(), List.of(1L), false, 1, l -> {}).pick(30, 3)).isEqualTo(30);
  }

  @Test
  void needsASeedAndAThread() {
    assertThatThrownBy(() -> new ExperimentContext(DATA, PluginCatalog.standard(), List.of(), false, 1, l -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one seed");
    assertThatThrownBy(() -> new ExperimentContext(DATA, PluginCatalog.standard(), List.of(1L), false, 0, l -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1");
  }
}
