package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetTest {

  @TempDir Path dir;

  @Test
  void limitsTheTrainingPartOnlyToItsFirstSamples() {
    IdxFiles.Tiny tiny = new IdxFiles.Tiny();
    DataSet full = DataDirectory.read(tiny.definition, tiny.writeTo(dir, false), "test");
    DataSet quick = full.withTrainSize(3);

    assertThat(quick.train().size()).isEqualTo(3);
    assertThat(quick.train().label(2)).isEqualTo(full.train().label(2));
    assertThat(quick.validation()).isSameAs(full.validation());
    assertThat(quick.test()).isSameAs(full.test());
    assertThat(quick.files()).isEqualTo(full.files());
  }

  @Test
  void refusesATrainSizeOutOfRange() {
    IdxFiles.Tiny tiny = new IdxFiles.Tiny();
    DataSet full = DataDirectory.read(tiny.definition, tiny.writeTo(dir, false), "test");
    assertThatThrownBy(() -> full.withTrainSize(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("train size 11 is out of range; expected 1 to 10 (the tiny training part)");
    assertThatThrownBy(() -> full.withTrainSize(0)).hasMessageContaining("expected 1 to 10");
  }

  @Test
  void refusesATrainingFileTooSmallForTheValidationPart() {
    IdxFiles.Tiny tiny = new IdxFiles.Tiny();
    DataSetDefinition large =
        new DataSetDefinition(
            "large", "", tiny.definition.sha256(), 12, java.util.List.of(), java.util.Optional.empty(), java.util.Optional.empty());
    tiny.writeTo(dir, false);
    assertThatThrownBy(() -> DataDirectory.read(large, dir, "test"))
        .hasMessageContaining("the training file holds 12 images; need more than 12");
  }
}
