package dev.nnlab.network.io;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginDiscoveryException;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.core.plugin.Spec;
import dev.nnlab.core.plugin.SpecException;
import dev.nnlab.network.DenseLayer;
import dev.nnlab.network.FeedForwardNetwork;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Saves and loads a trained {@link FeedForwardNetwork} in nnlab's binary format (big-endian):
 *
 * <pre>
 * int    magic 0x4E4E4C42 ("NNLB")
 * int    format version (1)
 * int    input size
 * int    number of layers L
 * L ×    int output size, then three UTF strings: activation, weight and bias initializer specs
 * L ×    out·in doubles of W (row-major, out × in), then out doubles of b
 * long   CRC-32 of every byte before it
 * </pre>
 *
 * Specs are canonical ({@code Configured.spec()}), so a loaded layer is made by the same plugins with
 * the same parameters. Saving writes a temporary file in the target's directory and renames it over
 * the target, so a crash never leaves a half-written network under the real name.
 */
public final class NetworkFile {

  static final int MAGIC = 0x4E4E4C42;
  static final int VERSION = 1;
  private static final int MAX_LAYERS = 10_000;
  private static final int MAX_SIZE = 1 << 24;

  private NetworkFile() {}

  /** Writes {@code network} to {@code target}, replacing it atomically where the file system can. */
  public static void save(FeedForwardNetwork network, Path target) {
    byte[] bytes = encode(network);
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot save the network to " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // the original failure is what the caller needs to see
    }
  }

  static byte[] encode(FeedForwardNetwork network) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(network.inputSize());
      out.writeInt(network.layers().size());
      for (DenseLayer layer : network.layers()) {
        out.writeInt(layer.outputSize());
        out.writeUTF(layer.activation().spec());
        out.writeUTF(layer.weightInitializer().spec());
        out.writeUTF(layer.biasInitializer().spec());
      }
      for (DenseLayer layer : network.layers()) {
        double[] w = layer.weights().value().data;
        for (int i = 0; i < layer.weights().size(); i++) {
          out.writeDouble(w[i]);
        }
        double[] b = layer.biases().value().data;
        for (int i = 0; i < layer.biases().size(); i++) {
          out.writeDouble(b[i]);
        }
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads a network saved by {@link #save}, resolving its plugins through {@code catalog}. */
  public static FeedForwardNetwork load(Path source, PluginCatalog catalog) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the network file " + source + ": " + e, e);
    }
    return decode(bytes, source.toString(), catalog);
  }

  private record Header(int outputSize, String activation, String weights, String biases) {}

  static FeedForwardNetwork decode(byte[] bytes, String name, PluginCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    ByteBuffer in = ByteBuffer.wrap(bytes);
    List<Header> headers = new ArrayList<>();
    int inputSize;
    try {
      int magic = in.getInt();
      if (magic != MAGIC) {
        throw new NetworkFileException(
            name + " is not an nnlab network file (it starts with 0x" + Integer.toHexString(magic)
                + ", expected 0x" + Integer.toHexString(MAGIC) + ")");
      }
      int version = in.getInt();
      if (version != VERSION) {
        throw new NetworkFileException(
            name + " has format version " + version + "; this nnlab reads version " + VERSION);
      }
      inputSize = checkedSize(in.getInt(), "input size", name);
      int layers = in.getInt();
      if (layers < 1 || layers > MAX_LAYERS) {
        throw corrupted(name, "it claims " + layers + " layers");
      }
      for (int l = 0; l < layers; l++) {
        headers.add(
            new Header(
                checkedSize(in.getInt(), "layer " + (l + 1) + " size", name),
                utf(in, name),
                utf(in, name),
                utf(in, name)));
      }
    } catch (BufferUnderflowException e) {
      throw truncated(name, bytes.length, "in the header");
    }
    long expected = in.position() + 8L;
    int in0 = inputSize;
    for (Header header : headers) {
      expected += 8L * ((long) header.outputSize() * in0 + header.outputSize());
      in0 = header.outputSize();
    }
    if (bytes.length < expected) {
      throw truncated(name, bytes.length, "expected " + expected + " bytes for its layer sizes");
    }
    if (bytes.length > expected) {
      throw corrupted(name, "it has " + (bytes.length - expected) + " bytes after the checksum");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
    if (stored != crc.getValue()) {
      throw corrupted(name, "its checksum does not match its content");
    }
    return build(headers, inputSize, in, name, catalog);
  }

  private static FeedForwardNetwork build(
      List<Header> headers, int inputSize, ByteBuffer in, String name, PluginCatalog catalog) {
    List<DenseLayer> layers = new ArrayList<>();
    int inputs = inputSize;
    for (Header header : headers) {
      int l = layers.size();
      String where = "layer " + (l + 1) + " of " + name;
      Configured<Activation> activation =
          resolve(PluginKinds.ACTIVATION, header.activation(), where, catalog);
      Configured<Initializer> weights =
          resolve(PluginKinds.INITIALIZER, header.weights(), where, catalog);
      Configured<Initializer> biases =
          resolve(PluginKinds.INITIALIZER, header.biases(), where, catalog);
      layers.add(new DenseLayer(l, inputs, header.outputSize(), activation, weights, biases));
      inputs = header.outputSize();
    }
    for (DenseLayer layer : layers) {
      double[] w = layer.weights().value().data;
      for (int i = 0; i < layer.weights().size(); i++) {
        w[i] = in.getDouble();
      }
      double[] b = layer.biases().value().data;
      for (int i = 0; i < layer.biases().size(); i++) {
        b[i] = in.getDouble();
      }
    }
    return new FeedForwardNetwork(layers);
  }

  private static <T> Configured<T> resolve(
      PluginKind<T> kind, String spec, String where, PluginCatalog catalog) {
    String pluginName;
    try {
      pluginName = Spec.parse(spec).name();
    } catch (SpecException e) {
      throw corrupted(where, "its " + kind.label() + " spec '" + spec + "' is malformed");
    }
    boolean present;
    try {
      present = catalog.registry(kind).find(pluginName).isPresent();
    } catch (PluginDiscoveryException e) {
      throw new NetworkFileException("cannot load " + where + ": " + e.getMessage(), e);
    }
    if (!present) {
      throw new NetworkFileException(
          kind.label() + " '" + pluginName + "' is not on the classpath (" + where + " needs "
              + spec + "); add the jar that provides it, such as " + kind.stockModule());
    }
    try {
      return catalog.registry(kind).create(spec, catalog);
    } catch (SpecException e) {
      throw new NetworkFileException(
          "cannot load " + where + ": the " + kind.label() + " '" + pluginName + "' on the classpath "
              + "refuses the saved spec " + spec + ": " + e.getMessage(),
          e);
    }
  }

  private static int checkedSize(int size, String what, String name) {
    if (size < 1 || size > MAX_SIZE) {
      throw corrupted(name, "its " + what + " is " + size);
    }
    return size;
  }

  private static String utf(ByteBuffer in, String name) {
    int length = Short.toUnsignedInt(in.getShort());
    if (length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    byte[] text = new byte[length];
    in.get(text);
    // writeUTF's modified UTF-8 equals UTF-8 for the characters specs use (no NUL, no surrogates)
    return new String(text, StandardCharsets.UTF_8);
  }

  private static NetworkFileException truncated(String name, int length, String detail) {
    return new NetworkFileException(
        name + " is truncated: it has " + length + " bytes, " + detail + "; save the network again");
  }

  private static NetworkFileException corrupted(String name, String detail) {
    return new NetworkFileException(name + " is corrupted: " + detail);
  }
}
