package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataSetDefinitionTest {

  @Test
  void findsKnownDataSetsByNameIgnoringCase() {
    assertThat(DataSetDefinition.byName("mnist")).isSameAs(DataSetDefinition.MNIST);
    assertThat(DataSetDefinition.byName(" Fashion-MNIST ")).isSameAs(DataSetDefinition.FASHION_MNIST);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> DataSetDefinition.byName("cifar10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown data set 'cifar10'; expected one of: mnist, fashion-mnist");
  }

  @Test
  void pinsEveryFileOfTheKnownDataSets() {
    for (DataSetDefinition dataSet : DataSetDefinition.known()) {
      for (DataFile file : DataFile.values()) {
        assertThat(dataSet.sha256(file)).matches("[0-9a-f]{64}");
      }
      assertThat(dataSet.validationSize()).isEqualTo(10_000);
      assertThat(dataSet.mirrors()).allSatisfy(uri -> assertThat(uri.getScheme()).isEqualTo("https"));
    }
    assertThat(DataSetDefinition.MNIST.sha256(DataFile.TRAIN_IMAGES))
        .isEqualTo("ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db");
  }

  @Test
  void refusesAMissingOrMalformedHash() {
    Map<DataFile, String> hashes = new EnumMap<>(DataFile.class);
    for (DataFile file : DataFile.values()) {
      hashes.put(file, "0".repeat(64));
    }
    hashes.put(DataFile.TEST_LABELS, "ABC");
    assertThatThrownBy(
            () -> new DataSetDefinition("x", "", hashes, 0, List.of(), Optional.empty(), Optional.empty()))
        .hasMessageContaining("SHA-256 of t10k-labels-idx1-ubyte is ABC; expected 64 lower-case hex digits");
  }
}
