package dev.nnlab.cli.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.lab.FailedRun;
import dev.nnlab.cli.lab.RunResult;
import dev.nnlab.cli.lab.RunResultCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sweep's memory, one file per run under {@code DIR/runs/}: {@code ID.json} for a finished run,
 * {@code ID.failed.json} for a failed one, each written whole or not at all. A run is done exactly
 * when its file exists, so a sweep killed at any moment loses at most the runs in flight.
 */
public final class RunStore {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path directory;

  public RunStore(Path sweepDirectory) {
    this.directory = sweepDirectory.resolve("runs");
  }

  public Path directory() {
    return directory;
  }

  public boolean finished(Cell cell) {
    return Files.exists(done(cell.id()));
  }

  public boolean failed(Cell cell) {
    return Files.exists(failure(cell.id()));
  }

  /** Records an outcome; a success also clears an earlier failure of the same run. */
  public void record(TaskOutcome outcome) {
    SweepTask task = outcome.task();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", task.id());
    node.put("configuration", task.label());
    node.put("seed", task.seed());
    task.arguments().forEach(node.putArray("arguments")::add);
    try {
      if (outcome.failed()) {
        node.put("error", outcome.error());
        AtomicFiles.write(failure(task.id()), MAPPER.writeValueAsString(node) + "\n");
      } else {
        node.set("result", MAPPER.readTree(outcome.resultJson()));
        AtomicFiles.write(done(task.id()), MAPPER.writeValueAsString(node) + "\n");
        Files.deleteIfExists(failure(task.id()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record run " + task.id() + " under " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The finished run's result, if it finished. */
  public Optional<RunResult> result(Cell cell) {
    Path file = done(cell.id());
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(RunResultCodec.read(read(file).get("result")));
  }

  /** The failed run's error, if it failed (and has not finished since). */
  public Optional<FailedRun> failure(Cell cell) {
    Path file = failure(cell.id());
    if (!Files.exists(file) || finished(cell)) {
      return Optional.empty();
    }
    return Optional.of(new FailedRun(cell.point().label(), cell.seed(), read(file).get("error").asText()));
  }

  private JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage()
          + "; delete it to run that cell again", e);
    }
  }

  /** The run id a file under {@code runs/} belongs to: {@code ID.json} or {@code ID.failed.json}. */
  static String idOf(Path runFile) {
    String name = runFile.getFileName().toString();
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private Path done(String id) {
    return directory.resolve(id + ".json");
  }

  private Path failure(String id) {
    return directory.resolve(id + ".failed.json");
  }
}
