package dev.nnlab.cli.train;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.network.backend.Arithmetic;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.train.BackendReport;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.TrainingListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON record of a training run: what ran (every component with its canonical spec and all
 * parameters, the seed, the hyperparameters, nnlab's and Java's versions, the data set with the
 * SHA-256 of each file) and what it measured (one {@link EpochRecord} per epoch). Listen to a run
 * with it, then call {@link #toJson}.
 */
public final class RunManifest implements TrainingListener {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final TrainingSetup setup;
  private final DataRecord data;
  private final List<String> arguments;
  private final Instant started = Instant.now();
  private final List<EpochRecord> epochs = new ArrayList<>();
  private BackendReport backend;

  /**
   * @param setup what is trained
   * @param data what it is trained on
   * @param arguments the command line, recorded as given
   */
  public RunManifest(TrainingSetup setup, DataSet data, List<String> arguments) {
    this(setup, DataRecord.of(data), arguments);
  }

  /**
   * @param setup what is trained
   * @param data what it is trained on: the files with their hashes and the parts' sizes
   * @param arguments the command line, recorded as given
   */
  public RunManifest(TrainingSetup setup, DataRecord data, List<String> arguments) {
    this.setup = setup;
    this.data = data;
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public synchronized void epochEnded(EpochEvent event) {
    epochs.add(EpochRecord.of(event));
  }

  @Override
  public synchronized void trainingStarted(BackendReport report) {
    this.backend = report;
  }

  /** The engine that is training, as far as known before the run's outcome describes it. */
  public synchronized String engineSoFar() {
    return backend != null ? backend.description() : "not started";
  }

  /** The epoch records so far as JSON, for a checkpoint; {@link #restore} reads them back. */
  public synchronized String epochsJson() {
    try {
      return MAPPER.writeValueAsString(epochs);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the epoch records", e);
    }
  }

  /**
   * Starts from the records {@link #epochsJson} gave (a resumed run's earlier epochs, timings
   * included, so the manifest is the one the uninterrupted run would have written).
   *
   * @throws IllegalArgumentException if {@code json} is not such a list
   */
  public synchronized void restore(String json) {
    try {
      List<EpochRecord> records = MAPPER.readValue(json, new TypeReference<List<EpochRecord>>() {});
      epochs.clear();
      epochs.addAll(records);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the checkpoint's epoch records are not readable: " + e.getOriginalMessage(), e);
    }
  }

  /** The epochs recorded so far. */
  public synchronized List<EpochRecord> epochs() {
    return List.copyOf(epochs);
  }

  /**
   * The manifest as indented JSON.
   *
   * @param divergence why the run stopped early, if it did
   * @param engine which engine trained the network, e.g. {@code fast single-precision engine}
   */
  public String toJson(Optional<String> divergence, String engine) {
    return toJson(divergence.isPresent() ? RunStatus.DIVERGED : RunStatus.FINISHED, divergence, engine);
  }

  /**
   * The manifest as indented JSON, with how the run ended.
   *
   * @param status how the run ended; {@code finished} only once its network file is in place
   * @param message why it did not finish, if it did not
   * @param engine which engine trained the network
   */
  public synchronized String toJson(RunStatus status, Optional<String> message, String engine) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "nnlab-run/1");
    root.put("status", status.id());
    root.put("started", started.toString());
    ObjectNode versions = root.putObject("versions");
    versions.put("nnlab", Versions.nnlab());
    versions.put("java", Versions.java());
    ArrayNode command = root.putArray("command");
    arguments.forEach(command::add);
    root.put("preset", setup.preset().id());
    root.put("seed", setup.seed());
    ObjectNode network = root.putObject("network");
    ArrayNode sizes = network.putArray("sizes");
    setup.sizes().forEach(sizes::add);
    network.set("weights", component(setup.weights()));
    network.set("biases", component(setup.biases()));
    network.set("hiddenActivation", component(setup.hiddenActivation()));
    network.set("outputActivation", component(setup.outputActivation()));
    ObjectNode training = root.putObject("training");
    training.set("cost", component(setup.cost()));
    training.set("optimizer", component(setup.optimizer()));
    training.set("regularizer", component(setup.regularizer()));
    training.put("eta", setup.eta());
    training.put("lambda", lambda());
    training.put("miniBatchSize", setup.miniBatchSize());
    training.put("epochs", setup.epochs());
    training.put("trainSize", data.train());
    training.put("evaluateValidation", setup.evaluateValidation());
    training.put("engine", engine);
    if (backend != null) {
      training.set("backend", backend());
    }
    root.set("data", data());
    root.set("epochs", MAPPER.valueToTree(epochs));
    root.set("best", best());
    ObjectNode outcome = root.putObject("outcome");
    outcome.put("completedEpochs", epochs.size());
    outcome.put("diverged", status == RunStatus.DIVERGED);
    message.ifPresent(text -> outcome.put("message", text));
    outcome.put("totalTrainSeconds", epochs.stream().mapToDouble(EpochRecord::trainSeconds).sum());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the manifest", e);
    }
  }

  /** The backend that ran, why, and its arithmetic (style point 15). */
  private ObjectNode backend() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", backend.backend());
    node.put("description", backend.description());
    Arithmetic arithmetic = backend.arithmetic();
    node.put("precision", arithmetic.precision());
    node.put("vectorBits", arithmetic.vectorBits());
    node.put("lanes", arithmetic.lanes());
    node.put("sparseInputs", arithmetic.sparseInputs());
    node.put("threads", arithmetic.threads());
    return node;
  }

  private double lambda() {
    Map<String, Object> parameters = setup.regularizer().parameters().asMap();
    Object value = parameters.get("lambda");
    return value instanceof Number number ? number.doubleValue() : 0.0;
  }

  private ObjectNode data() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("dataset", data.dataset());
    node.put("origin", data.origin());
    node.put("directory", data.directory().toAbsolutePath().toString());
    node.put("train", data.train());
    node.put("validation", data.validation());
    node.put("test", data.test());
    node.put("task", data.classes() == 0 ? "regression" : "classification");
    node.put("classes", data.classes());
    ArrayNode files = node.putArray("files");
    for (DataRecord.FileHash file : data.files()) {
      ObjectNode entry = files.addObject();
      entry.put("name", file.name());
      entry.put("path", file.path().toAbsolutePath().toString());
      entry.put("sha256", file.sha256());
    }
    return node;
  }

  private ObjectNode best() {
    ObjectNode node = MAPPER.createObjectNode();
    if (data.classes() == 0) {
      epochs.stream().min(Comparator.comparingDouble(EpochRecord::testCost)).ifPresent(e -> {
        node.put("epoch", e.epoch());
        node.put("testCost", e.testCost());
      });
      return node;
    }
    epochs.stream()
        .max(Comparator.comparingInt(EpochRecord::testCorrect))
        .ifPresent(
            e -> {
              node.put("epoch", e.epoch());
              node.put("testCorrect", e.testCorrect());
              node.put("testTotal", e.testTotal());
              node.put("testAccuracy", (double) e.testCorrect() / e.testTotal());
            });
    epochs.stream()
        .filter(e -> e.validationCorrect() != null)
        .max(Comparator.comparingInt(EpochRecord::validationCorrect))
        .ifPresent(
            e -> {
              node.put("validationEpoch", e.epoch());
              node.put("validationCorrect", e.validationCorrect());
              node.put("validationTotal", e.validationTotal());
            });
    return node;
  }

  /** {@code {"spec": "he-normal(mode=fan_in, gain=1.414214)", "name": ..., "parameters": {...}}}. */
  static ObjectNode component(Configured<?> configured) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("spec", configured.spec());
    node.put("name", configured.plugin().name());
    node.put("description", configured.plugin().description());
    ObjectNode parameters = node.putObject("parameters");
    configured
        .parameters()
        .asMap()
        .forEach(
            (name, value) -> {
              if (value instanceof Number || value instanceof Boolean) {
                parameters.set(name, MAPPER.valueToTree(value));
              } else {
                parameters.put(name, configured.parameters().text(name));
              }
            });
    return node;
  }
}
