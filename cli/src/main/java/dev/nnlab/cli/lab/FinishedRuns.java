package dev.nnlab.cli.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.cli.train.DataRecord;
import dev.nnlab.cli.train.RunFingerprint;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.io.DurableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs of a {@code compare} that have finished, kept until its report is written, so that a
 * comparison killed at any moment and started again with {@code --resume} trains only the runs that
 * had not finished and writes the report of one that was never stopped (run times aside). One file
 * per run, written whole by {@link DurableFiles}, in the hidden sibling {@code .NAME.runs} of the
 * report directory (which is itself replaced whole). Each carries its run's
 * {@link RunFingerprint}, so a run of another comparison is never taken for this one's.
 */
public final class FinishedRuns {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path directory;
  private final DataRecord data;
  private final int probeSize;

  /**
   * The store beside the report directory {@code out}, for runs on {@code data} audited on a probe
   * of {@code probeSize} examples.
   */
  public FinishedRuns(Path out, DataRecord data, int probeSize) {
    Path absolute = out.toAbsolutePath().normalize();
    this.directory = absolute.resolveSibling("." + absolute.getFileName() + ".runs");
    this.data = data;
    this.probeSize = probeSize;
  }

  /** What makes a run this one: its configuration, its setup and data, and the probe it is audited on. */
  private Map<String, String> fingerprint(String label, TrainingSetup setup) {
    Map<String, String> fingerprint = new LinkedHashMap<>();
    fingerprint.put("configuration", label);
    fingerprint.putAll(RunFingerprint.of(setup, data));
    fingerprint.put("probe size", Integer.toString(probeSize));
    fingerprint.put("epochs", Integer.toString(setup.epochs()));
    return fingerprint;
  }

  public Path directory() {
    return directory;
  }

  /**
   * The stored result of run {@code index} (configuration {@code label}, {@code setup}), if it finished.
   *
   * @throws IllegalArgumentException naming the first difference if the stored run is of another comparison
   */
  public Optional<RunResult> load(int index, String label, TrainingSetup setup) {
    Path file = file(index, setup.seed());
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("--resume: cannot read the finished run " + file + " (" + e.getMessage()
          + "); rerun without --resume to start the comparison afresh", e);
    }
    Map<String, String> theirs = new LinkedHashMap<>();
    node.path("fingerprint").fields().forEachRemaining(e -> theirs.put(e.getKey(), e.getValue().asText()));
    List<String> differences = RunFingerprint.differences(theirs, fingerprint(label, setup));
    if (!differences.isEmpty()) {
      throw new IllegalArgumentException("--resume: " + file + " is a run of another comparison: "
          + differences.get(0) + "; give the command that wrote it, or rerun without --resume to start afresh");
    }
    return Optional.of(RunResultCodec.read(node.get("result")));
  }

  /** Keeps a finished run's result, whole or not at all. */
  public void save(int index, TrainingSetup setup, RunResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode print = node.putObject("fingerprint");
    fingerprint(result.configuration(), setup).forEach(print::put);
    try {
      node.set("result", MAPPER.readTree(RunResultCodec.write(result)));
      DurableFiles.write(file(index, result.seed()), (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the finished run in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Forgets every finished run: the report that needed them is written, or a fresh comparison starts. */
  public void clear() {
    if (Files.exists(directory)) {
      DurableFiles.deleteTree(directory);
    }
  }

  private Path file(int index, long seed) {
    return directory.resolve("run-" + index + "-seed-" + seed + ".json");
  }
}
