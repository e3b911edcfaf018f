package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.network.data.DataFile;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.train.Evaluation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunManifestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(TrainingRun.Outcome outcome, JsonNode manifest) {}

  private static Run run(String... args) throws Exception {
    TrainingSetup setup = NetworkOptionsFixture.resolve(args);
    DataSet data = SyntheticDigits.dataSet(1000);
    RunManifest manifest = new RunManifest(setup, data, List.of(args));
    TrainingRun.Outcome outcome = new TrainingRun(setup, data).execute(List.of(manifest));
    return new Run(outcome, JSON.readTree(
        manifest.toJson(outcome.divergence().map(Throwable::getMessage), outcome.engine())));
  }

  @Test
  void recordsTheResolvedComponentsWithAllTheirParameters() throws Exception {
    JsonNode m = run("--epochs", "2", "--init", "he-normal", "--seed", "17").manifest();

    assertThat(m.get("format").asText()).isEqualTo("nnlab-run/1");
    assertThat(m.get("preset").asText()).isEqualTo("network");
    assertThat(m.get("seed").asLong()).isEqualTo(17);
    assertThat(m.get("command")).extracting(JsonNode::asText)
        .containsExactly("--epochs", "2", "--init", "he-normal", "--seed", "17");
    assertThat(m.at("/versions/nnlab").asText()).isNotBlank();
    assertThat(m.at("/versions/java").asText()).startsWith(String.valueOf(Runtime.version().feature()));
    assertThat(m.at("/network/sizes")).extracting(JsonNode::asInt).containsExactly(784, 30, 10);
    JsonNode weights = m.at("/network/weights");
    assertThat(weights.get("name").asText()).isEqualTo("he-normal");
    assertThat(weights.get("spec").asText()).startsWith("he-normal(").contains("mode=fan_in");
    assertThat(weights.at("/parameters/mode").asText()).isEqualTo("fan_in");
    assertThat(m.at("/network/biases/parameters/std").asDouble()).isEqualTo(1.0);
    assertThat(m.at("/network/hiddenActivation/name").asText()).isEqualTo("sigmoid");
    assertThat(m.at("/training/cost/spec").asText()).isEqualTo("quadratic");
    assertThat(m.at("/training/optimizer/spec").asText()).isEqualTo("sgd(eta=3.0)");
    assertThat(m.at("/training/optimizer/parameters/eta").asDouble()).isEqualTo(3.0);
    assertThat(m.at("/training/regularizer/spec").asText()).isEqualTo("none");
    assertThat(m.at("/training/eta").asDouble()).isEqualTo(3.0);
    assertThat(m.at("/training/lambda").asDouble()).isZero();
    assertThat(m.at("/training/miniBatchSize").asInt()).isEqualTo(10);
    assertThat(m.at("/training/epochs").asInt()).isEqualTo(2);
    assertThat(m.at("/training/trainSize").asInt()).isEqualTo(1000);
    assertThat(m.at("/training/engine").asText()).startsWith("fast single-precision backend: float ");
    assertThat(m.at("/training/backend/name").asText()).isEqualTo("fast");
    assertThat(m.at("/training/backend/precision").asText()).isEqualTo("float");
    assertThat(m.at("/training/backend/lanes").asInt() * 32).isEqualTo(m.at("/training/backend/vectorBits").asInt());
    assertThat(m.at("/training/backend/threads").asInt()).isPositive();
    assertThat(m.at("/training/backend/sparseInputs").isBoolean()).isTrue();
  }

  @Test
  void recordsTheDataSetWithTheHashOfEveryFile() throws Exception {
    JsonNode data = run("--epochs", "1").manifest().get("data");

    assertThat(data.get("dataset").asText()).isEqualTo("mnist");
    assertThat(data.get("train").asInt()).isEqualTo(1000);
    assertThat(data.get("validation").asInt()).isEqualTo(200);
    assertThat(data.get("test").asInt()).isEqualTo(300);
    assertThat(data.get("files")).hasSize(4);
    for (JsonNode file : data.get("files")) {
      DataFile which = java.util.Arrays.stream(DataFile.values())
          .filter(f -> f.fileName().equals(file.get("name").asText())).findFirst().orElseThrow();
      assertThat(file.get("sha256").asText()).isEqualTo(DataSetDefinition.MNIST.sha256(which));
    }
  }

  @Test
  void everyEpochIsRecordedAsTheRunMeasuredIt() throws Exception {
    Run run = run("--preset", "network2", "--epochs", "3");
    JsonNode epochs = run.manifest().get("epochs");

    assertThat(epochs).hasSize(3);
    for (int k = 0; k < 3; k++) {
      JsonNode e = epochs.get(k);
      List<Evaluation> measured = run.outcome().history().evaluations().get(k);
      assertThat(e.get("epoch").asInt()).isEqualTo(k);
      assertThat(e.get("testCorrect").asInt()).isEqualTo(measured.get(0).correct());
      assertThat(e.get("testTotal").asInt()).isEqualTo(300);
      assertThat(e.get("testCost").asDouble()).isEqualTo(measured.get(0).cost());
      assertThat(e.get("validationCorrect").asInt()).isEqualTo(measured.get(1).correct());
      assertThat(e.get("validationTotal").asInt()).isEqualTo(200);
      assertThat(e.get("trainingCost").asDouble())
          .isEqualTo(run.outcome().history().trainingCosts().get(k));
      assertThat(e.get("trainSeconds").asDouble()).isPositive();
      assertThat(e.get("evaluationSeconds").asDouble()).isPositive();
    }
    JsonNode best = run.manifest().get("best");
    int bestCorrect = 0;
    for (JsonNode e : epochs) {
      bestCorrect = Math.max(bestCorrect, e.get("testCorrect").asInt());
    }
    assertThat(best.get("testCorrect").asInt()).isEqualTo(bestCorrect);
    assertThat(run.manifest().at("/training/regularizer/parameters/lambda").asDouble()).isEqualTo(5.0);
    assertThat(run.manifest().at("/outcome/completedEpochs").asInt()).isEqualTo(3);
    assertThat(run.manifest().at("/outcome/diverged").asBoolean()).isFalse();
  }

  @Test
  void withoutValidationTheValidationFieldsAreAbsent() throws Exception {
    JsonNode epoch = run("--epochs", "1").manifest().at("/epochs/0");

    assertThat(epoch.has("validationCorrect")).isFalse();
    assertThat(epoch.has("testCorrect")).isTrue();
  }

  @Test
  void aDivergedRunSaysSo() throws Exception {
    Run run = run("--epochs", "3", "--activation", "relu", "--output-activation", "identity", "--eta", "1e6");
    JsonNode outcome = run.manifest().get("outcome");

    assertThat(outcome.get("diverged").asBoolean()).isTrue();
    assertThat(run.manifest().at("/training/engine").asText()).contains("backend");
    assertThat(outcome.get("message").asText()).contains("diverged");
  }

  @Test
  void noEpochsMeansNoBest() {
    TrainingSetup setup = NetworkOptionsFixture.resolve("--epochs", "1");
    RunManifest manifest = new RunManifest(setup, SyntheticDigits.dataSet(100), List.of());

    assertThat(manifest.toJson(Optional.empty(), "test engine")).contains("\"best\" : { }");
  }
}
