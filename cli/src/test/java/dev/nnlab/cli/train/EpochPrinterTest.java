package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochPrinterTest {

  private static EpochEvent event(int epoch, List<Evaluation> evaluations) {
    return new EpochEvent(epoch, 30, 0.1, 1_000_000, 1_000, evaluations, null);
  }

  @Test
  void printsNetworkPysLineExactly() {
    StringWriter text = new StringWriter();
    new EpochPrinter(new PrintWriter(text)).epochEnded(event(0, List.of(new Evaluation("test", 9129, 10000, 0.1))));

    assertThat(text.toString()).isEqualTo("Epoch 0: 9129 / 10000" + System.lineSeparator());
  }

  @Test
  void addsTheValidationResultWhenEvaluated() {
    String line = EpochPrinter.line(event(12, List.of(
        new Evaluation("test", 9600, 10000, 0.3), new Evaluation("validation", 9650, 10000, 0.3))));

    assertThat(line).isEqualTo("Epoch 12: 9600 / 10000  (validation 9650 / 10000)");
  }

  @Test
  void aRegressionShowsItsTestCostNotACountOfClasses() {
    StringWriter text = new StringWriter();
    new EpochPrinter(new PrintWriter(text), true).epochEnded(event(3, List.of(new Evaluation("test", 30, 30, 0.021345))));

    assertThat(text.toString()).isEqualTo("Epoch 3: test cost 0.02135 (30 rows)" + System.lineSeparator());
  }
}
