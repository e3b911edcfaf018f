package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.network.train.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

  @Test
  void learnsTheSyntheticDigitsAndEvaluatesTestThenValidation() {
    TrainingSetup setup = NetworkOptionsFixture.resolve(
        "--preset", "network2", "--epochs", "2", "--init", "xavier-normal");

    TrainingRun.Outcome outcome = new TrainingRun(setup, SyntheticDigits.dataSet(2000)).execute(List.of());

    assertThat(outcome.divergence()).isEmpty();
    assertThat(outcome.history().evaluations()).hasSize(2);
    List<Evaluation> last = outcome.history().last();
    assertThat(last).extracting(Evaluation::set).containsExactly("test", "validation");
    assertThat(last.get(0).total()).isEqualTo(300);
    assertThat(last.get(0).accuracy()).isGreaterThan(0.95);
    assertThat(outcome.network().sizes()).containsExactly(784, 30, 10);
  }

  @Test
  void theSameSetupGivesTheSameRunAndAnotherSeedAnotherOne() {
    List<String> args = List.of("--epochs", "1", "--eta", "0.5");
    TrainingRun.Outcome a = run(args, "1");
    TrainingRun.Outcome b = run(args, "1");
    TrainingRun.Outcome c = run(args, "2");

    assertThat(b.history()).isEqualTo(a.history());
    assertThat(c.history().trainingCosts()).isNotEqualTo(a.history().trainingCosts());
  }

  @Test
  void aDivergingRunReportsWhereItStoppedInsteadOfThrowing() {
    TrainingSetup setup = NetworkOptionsFixture.resolve(
        "--epochs", "3", "--activation", "relu", "--output-activation", "identity", "--eta", "1e6");

    TrainingRun.Outcome outcome = new TrainingRun(setup, SyntheticDigits.dataSet(500)).execute(List.of());

    assertThat(outcome.divergence()).isPresent();
    assertThat(outcome.divergence().get().getMessage()).contains("diverged");
    assertThat(outcome.history().evaluations().size()).isLessThan(3);
  }

  private static TrainingRun.Outcome run(List<String> args, String seed) {
    String[] all = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--seed", seed))
        .toArray(String[]::new);
    return new TrainingRun(NetworkOptionsFixture.resolve(all), SyntheticDigits.dataSet(500)).execute(List.of());
  }
}
