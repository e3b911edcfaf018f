package dev.nnlab.network.train;

import dev.nnlab.network.ResumableRandom;
import dev.nnlab.network.io.DurableFiles;
import dev.nnlab.network.io.IoReasons;
import dev.nnlab.network.io.NetworkFileException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A training checkpoint on disk: a {@link TrainingState}, the fingerprint of the run that took it
 * (what a resume must match) and the caller's own record of the epochs so far (the manifest's),
 * in one file written whole by {@link DurableFiles} and closed by a CRC-32, so a kill at any moment
 * leaves the previous checkpoint or the new one, never a mix. Every length is checked against the
 * bytes really there before anything is allocated, as {@code NetworkFile} does.
 *
 * <p>Layout (big-endian): magic {@code NNLABCKP}, version, the fingerprint as key/value strings,
 * epochs done, per epoch its training cost and evaluations, the data order, the two stream
 * positions, the parameters, the backend's state, the payload, then the CRC-32 of all before it.
 */
public final class CheckpointFile {

  private static final long MAGIC = 0x4e4e4c4142434b50L; // "NNLABCKP"
  private static final int VERSION = 1;

  private CheckpointFile() {}

  /**
   * What a checkpoint holds.
   *
   * @param fingerprint what defines the run, by name (network, seed, data ...), in a stable order;
   *     a resume compares it entry by entry
   * @param state where the run stands
   * @param payload the caller's own record of the finished epochs (text, e.g. JSON)
   */
  public record Contents(Map<String, String> fingerprint, TrainingState state, String payload) {
    public Contents {
      fingerprint = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fingerprint));
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /** Writes {@code contents} to {@code target} whole or not at all, durably. */
  public static void save(Contents contents, Path target) throws IOException {
    DurableFiles.write(target, encode(contents));
  }

  /**
   * Reads a checkpoint written by {@link #save}.
   *
   * @throws UncheckedIOException if the file cannot be read (the message says why)
   * @throws NetworkFileException if it is not a checkpoint, of another version, truncated or corrupted
   */
  public static Contents load(Path source) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + source + ": " + IoReasons.reason(e), e);
    }
    return decode(bytes, source.toString());
  }

  static byte[] encode(Contents contents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(contents.fingerprint().size());
      for (Map.Entry<String, String> entry : contents.fingerprint().entrySet()) {
        writeString(out, entry.getKey());
        writeString(out, entry.getValue());
      }
      TrainingState state = contents.state();
      out.writeInt(state.epochsDone());
      for (int epoch = 0; epoch < state.epochsDone(); epoch++) {
        out.writeDouble(state.history().trainingCosts().get(epoch));
        List<Evaluation> evaluations = state.history().evaluations().get(epoch);
        out.writeInt(evaluations.size());
        for (Evaluation e : evaluations) {
          writeString(out, e.set());
          out.writeInt(e.correct());
          out.writeInt(e.total());
          out.writeDouble(e.cost());
        }
      }
      out.writeInt(state.order().length);
      for (int index : state.order()) {
        out.writeInt(index);
      }
      for (ResumableRandom.Position p : List.of(state.dataOrder(), state.dropout())) {
        out.writeLong(p.seed());
        out.writeLong(p.gamma());
      }
      out.writeInt(state.parameters().size());
      for (double[] values : state.parameters()) {
        out.writeInt(values.length);
        for (double v : values) {
          out.writeDouble(v);
        }
      }
      out.writeInt(state.backendState().length);
      out.write(state.backendState());
      writeString(out, contents.payload());
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Contents decode(byte[] bytes, String name) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      long magic = in.getLong();
      if (magic != MAGIC) {
        throw new NetworkFileException(name + " is not an nnlab checkpoint (it does not start with NNLABCKP)");
      }
      int version = in.getInt();
      if (version != VERSION) {
        throw new NetworkFileException(
            name + " is a checkpoint of format version " + version + "; this nnlab reads version " + VERSION);
      }
      if (bytes.length < Long.BYTES * 2) {
        throw corrupted(name, "it is too short");
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - Long.BYTES);
      if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
        throw corrupted(name, "its CRC-32 does not match (truncated or changed)");
      }
      Map<String, String> fingerprint = new LinkedHashMap<>();
      int entries = count(in, 2 * Integer.BYTES, name, "fingerprint entries");
      for (int i = 0; i < entries; i++) {
        fingerprint.put(readString(in, name), readString(in, name));
      }
      int epochs = count(in, Double.BYTES + Integer.BYTES, name, "epochs");
      List<Double> costs = new ArrayList<>();
      List<List<Evaluation>> evaluations = new ArrayList<>();
      for (int epoch = 0; epoch < epochs; epoch++) {
        costs.add(in.getDouble());
        int sets = count(in, Integer.BYTES * 3 + Double.BYTES, name, "evaluations");
        List<Evaluation> results = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
          results.add(new Evaluation(readString(in, name), in.getInt(), in.getInt(), in.getDouble()));
        }
        evaluations.add(results);
      }
      int[] order = new int[count(in, Integer.BYTES, name, "examples in the data order")];
      for (int i = 0; i < order.length; i++) {
        order[i] = in.getInt();
      }
      ResumableRandom.Position dataOrder = new ResumableRandom.Position(in.getLong(), in.getLong());
      ResumableRandom.Position dropout = new ResumableRandom.Position(in.getLong(), in.getLong());
      int parameterCount = count(in, Integer.BYTES, name, "parameters");
      List<double[]> parameters = new ArrayList<>();
      for (int k = 0; k < parameterCount; k++) {
        double[] values = new double[count(in, Double.BYTES, name, "values of parameter " + k)];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.getDouble();
        }
        parameters.add(values);
      }
      byte[] backendState = new byte[count(in, 1, name, "bytes of backend state")];
      in.get(backendState);
      String payload = readString(in, name);
      if (in.remaining() != Long.BYTES) {
        throw corrupted(name, (in.remaining() - Long.BYTES) + " bytes follow the last field");
      }
      TrainingState state = new TrainingState(epochs, new TrainingHistory(costs, evaluations), order,
          dataOrder, dropout, parameters, backendState);
      return new Contents(fingerprint, state, payload);
    } catch (BufferUnderflowException e) {
      throw corrupted(name, "it ends early (" + bytes.length + " bytes)");
    } catch (IllegalArgumentException e) {
      if (e instanceof NetworkFileException) {
        throw e;
      }
      throw corrupted(name, e.getMessage());
    }
  }

  /** A count of items of at least {@code bytesEach} bytes, refused if more than the bytes left could hold. */
  private static int count(ByteBuffer in, int bytesEach, String name, String what) {
    int n = in.getInt();
    if (n < 0 || (long) n * bytesEach > in.remaining()) {
      throw corrupted(name, "it claims " + n + " " + what + " in " + in.remaining() + " remaining bytes");
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(ByteBuffer in, String name) {
    byte[] utf8 = new byte[count(in, 1, name, "bytes of text")];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static NetworkFileException corrupted(String name, String why) {
    return new NetworkFileException(name + " is a corrupted checkpoint: " + why);
  }
}
