package dev.nnlab.cli.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.network.io.IoReasons;
import dev.nnlab.network.train.BackendReport;
import dev.nnlab.network.train.CheckpointFile;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.TrainingListener;
import dev.nnlab.network.train.TrainingState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code train --checkpoint FILE [--checkpoint-every N] [--resume]}: saves the run's state after
 * every N-th epoch and the last, and, when resuming, checks that the checkpoint is of this very run
 * (its {@link RunFingerprint}) and hands its state to the trainer. Listens after the
 * {@link RunManifest}, so each checkpoint carries the manifest's records up to its epoch, and after
 * the listeners whose own state it {@link #carry carries} (the live doctor's), so a resumed run's
 * listeners go on where the uninterrupted run's stood.
 *
 * <p>The checkpoint's payload is a JSON object: {@code "epochs"}, the manifest's records, and one
 * text per carried part. A checkpoint without a part (written with {@code --no-doctor}) leaves that
 * part as it starts.
 */
public final class Checkpointing implements TrainingListener {

  /** The key under which the fingerprint keeps the running backend's full description. */
  private static final String BACKEND_RUN = "backend run";

  /** The payload's key for the manifest's records. */
  private static final String EPOCHS = "epochs";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A listener's own state: how to save it at a checkpoint and how to continue from it. */
  private record Part(Supplier<String> save, Consumer<String> restore) {}

  private final Path file;
  private final int every;
  private final TrainingSetup setup;
  private final DataRecord data;
  private final RunManifest manifest;
  private final CheckpointFile.Contents saved;
  private final Consumer<TrainingState> resumed;
  private final Map<String, Part> carried = new LinkedHashMap<>();
  private Map<String, String> fingerprint;

  /**
   * Reads the checkpoint now, when resuming and it exists, so a corrupt one is refused before any
   * training.
   *
   * @param resume whether to continue from {@code file} if it exists
   * @param resumed told the state a run continues from, before training starts (to replay what
   *     the earlier epochs printed)
   * @throws IllegalArgumentException if the file is not a readable checkpoint
   */
  public Checkpointing(Path file, int every, boolean resume, TrainingSetup setup, DataRecord data,
      RunManifest manifest, Consumer<TrainingState> resumed) {
    if (every < 1) {
      throw new IllegalArgumentException("--checkpoint-every must be >= 1, got " + every);
    }
    this.file = Objects.requireNonNull(file, "file");
    this.every = every;
    this.setup = setup;
    this.data = data;
    this.manifest = manifest;
    this.resumed = resumed;
    this.saved = resume && Files.exists(file) ? load(file) : null;
  }

  /**
   * Also saves {@code save}'s text with every checkpoint, under {@code name}, and hands it to
   * {@code restore} when the run resumes (after the epoch lines are replayed, before training).
   * The listener must listen before this one.
   */
  public void carry(String name, Supplier<String> save, Consumer<String> restore) {
    if (name.equals(EPOCHS) || carried.containsKey(name)) {
      throw new IllegalArgumentException("a checkpoint part named " + name + " is already carried");
    }
    carried.put(name, new Part(save, restore));
  }

  private static CheckpointFile.Contents load(Path file) {
    try {
      return CheckpointFile.load(file);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("--resume: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--resume: " + e.getMessage()
          + "; remove it to start the run afresh", e);
    }
  }

  /**
   * The state to continue from, or null to start afresh; the manifest gets the checkpoint's epoch
   * records.
   *
   * @param backend what the trainer will run on, as it describes itself before starting
   * @throws CheckpointRefusedException naming the first difference if the checkpoint is of another run
   */
  TrainingState start(String backend) {
    fingerprint = RunFingerprint.of(setup, data, backend);
    if (saved == null) {
      return null;
    }
    Map<String, String> theirs = new LinkedHashMap<>(saved.fingerprint());
    theirs.remove(BACKEND_RUN);
    List<String> differences = RunFingerprint.differences(theirs, fingerprint);
    if (!differences.isEmpty()) {
      throw new CheckpointRefusedException("--resume: " + file + " is a checkpoint of another run: "
          + differences.get(0) + (differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : "")
          + "; give the command that wrote it, or another --checkpoint");
    }
    TrainingState state = saved.state();
    if (state.epochsDone() > setup.epochs()) {
      throw new CheckpointRefusedException("--resume: " + file + " is after " + state.epochsDone()
          + " epochs, but --epochs is " + setup.epochs() + "; ask for at least " + state.epochsDone());
    }
    JsonNode payload = payload(saved.payload());
    manifest.restore(payload.get(EPOCHS).toString());
    resumed.accept(state);
    carried.forEach((name, part) -> {
      JsonNode text = payload.get(name);
      if (text != null) {
        part.restore().accept(text.asText());
      }
    });
    return state;
  }

  /** The full description names the threads, known only now; a resume must run on the same. */
  @Override
  public void trainingStarted(BackendReport report) {
    if (saved != null) {
      String theirs = saved.fingerprint().get(BACKEND_RUN);
      if (!report.description().equals(theirs)) {
        throw new CheckpointRefusedException("--resume: " + file + " is a checkpoint of another run: it ran on "
            + theirs + ", this run on " + report.description() + "; give the command that wrote it");
      }
    }
    fingerprint.put(BACKEND_RUN, report.description());
  }

  @Override
  public void epochEnded(EpochEvent event) {
    int done = event.epoch() + 1;
    if (done % every != 0 && done != event.epochs()) {
      return;
    }
    TrainingState state;
    try {
      state = event.view().state();
    } catch (UnsupportedOperationException e) {
      throw new IllegalArgumentException("--checkpoint: " + e.getMessage() + "; train without --checkpoint", e);
    }
    try {
      CheckpointFile.save(new CheckpointFile.Contents(fingerprint, state, payload()), file);
    } catch (IOException e) {
      throw new CheckpointUnwritableException(
          "--checkpoint " + file + ": cannot write it (" + IoReasons.reason(e) + ")", e);
    }
  }

  private String payload() {
    ObjectNode payload = JSON.createObjectNode();
    try {
      payload.set(EPOCHS, JSON.readTree(manifest.epochsJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the manifest's records are not JSON", e);
    }
    carried.forEach((name, part) -> payload.put(name, part.save().get()));
    return payload.toString();
  }

  /** The payload as JSON; the manifest's records alone, as a list, are the payload of older checkpoints. */
  private JsonNode payload(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node.isArray()) {
        return JSON.createObjectNode().set(EPOCHS, node);
      }
      if (node.path(EPOCHS).isArray()) {
        return node;
      }
      throw new CheckpointRefusedException("--resume: " + file + ": its payload has no list of epochs; remove it to"
          + " start the run afresh");
    } catch (JsonProcessingException e) {
      throw new CheckpointRefusedException("--resume: " + file + ": its payload is not JSON ("
          + e.getOriginalMessage() + "); remove it to start the run afresh");
    }
  }

  /** The checkpoint is not of this run: refused before any training, and no output is written. */
  public static final class CheckpointRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CheckpointRefusedException(String message) {
      super(message);
    }
  }

  /** The checkpoint could not be written: the run stops rather than go on unprotected. */
  public static final class CheckpointUnwritableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CheckpointUnwritableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
