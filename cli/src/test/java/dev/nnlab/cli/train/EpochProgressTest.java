package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.network.train.BatchEvent;
import dev.nnlab.network.train.EpochEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochProgressTest {

  @Test
  void withoutATerminalPrintsOneLinePerQuarterOfEveryEpoch() {
    StringWriter text = new StringWriter();
    EpochProgress progress = new EpochProgress(1000, new PrintWriter(text), null);

    for (int epoch = 0; epoch < 2; epoch++) {
      for (int batch = 0; batch < 100; batch++) {
        progress.batchEnded(new BatchEvent(epoch, batch, 100, 10, 0.5, 1000, null));
      }
      progress.epochEnded(new EpochEvent(epoch, 2, 0.5, 1, 1, List.of(), null));
    }

    List<String> lines = text.toString().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).matches("  epoch 0: 25% \\(250 images, \\d+\\.\\d s\\)");
    assertThat(lines.get(2)).startsWith("  epoch 0: 75% (750 images");
    assertThat(lines.get(3)).startsWith("  epoch 1: 25% (250 images");
  }
}
