package dev.nnlab.network.io;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginDiscoveryException;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKind;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.core.plugin.Spec;
import dev.nnlab.core.plugin.SpecException;
import dev.nnlab.layers.Dense;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Saves and loads a trained {@link Network} in nnlab's binary format (big-endian). Version 2, which
 * {@link #save} writes, stores the layer specs and the input shape:
 *
 * <pre>
 * int    magic 0x4E4E4C42 ("NNLB")
 * int    format version (2)
 * int    input channels, height, width
 * int    number of layers L
 * L ×    four UTF strings: the layer's canonical spec, its activation spec, its weight and bias
 *        initializer specs ("" where it has none), then int P and P × (int rows, int columns)
 * L × P  rows·columns doubles of each parameter, row-major, in the layer's parameter order
 * long   CRC-32 of every byte before it
 * </pre>
 *
 * Version 1 (dense networks only) still loads:
 *
 * <pre>
 * int    magic, int 1, int input size, int number of layers L
 * L ×    int output size, then three UTF strings: activation, weight and bias initializer specs
 * L ×    out·in doubles of W (row-major, out × in), then out doubles of b
 * long   CRC-32
 * </pre>
 *
 * Loading resolves the layer and activation plugins; initializers are kept as their saved specs
 * (a loaded network runs on its file's values), so a network trained with a third-party
 * initializer loads without it. Saving goes through {@link DurableFiles}, so a crash never leaves a
 * half-written network under the real name, and lengths read from a file are summed with checked
 * arithmetic before anything is allocated, so a crafted header cannot overflow past the checks.
 */
public final class NetworkFile {

  static final int MAGIC = 0x4E4E4C42;
  static final int VERSION = 2;
  static final int VERSION_1 = 1;
  private static final int MAX_LAYERS = 10_000;
  private static final int MAX_SIZE = 1 << 24;

  private NetworkFile() {}

  /**
   * Writes {@code network} to {@code target} durably ({@link DurableFiles}): a reader sees the old
   * file or the whole new one, and after this returns the new one survives a crash.
   */
  public static void save(Network network, Path target) {
    byte[] bytes = encode(network);
    try {
      DurableFiles.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the network to " + target + ": " + e.getMessage(), e);
    }
  }

  static byte[] encode(Network network) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      Shape input = network.inputShape();
      out.writeInt(input.channels());
      out.writeInt(input.height());
      out.writeInt(input.width());
      out.writeInt(network.layers().size());
      for (Layer layer : network.layers()) {
        Optional<ParameterInitializers> init = layer.capability(ParameterInitializers.class);
        out.writeUTF(layer.definition().toString());
        out.writeUTF(layer.activation().map(Configured::spec).orElse(""));
        out.writeUTF(init.map(i -> i.weights().spec()).orElse(""));
        out.writeUTF(init.map(i -> i.biases().spec()).orElse(""));
        out.writeInt(layer.parameters().size());
        for (Parameter p : layer.parameters()) {
          out.writeInt(p.value().numRows);
          out.writeInt(p.value().numCols);
        }
      }
      for (Layer layer : network.layers()) {
        for (Parameter p : layer.parameters()) {
          double[] values = p.value().data;
          for (int i = 0; i < p.size(); i++) {
            out.writeDouble(values[i]);
          }
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
  public static Network load(Path source, PluginCatalog catalog) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the network file " + source + ": " + IoReasons.reason(e), e);
    }
    return decode(bytes, source.toString(), catalog);
  }

  private record Header(int outputSize, String activation, String weights, String biases) {}

  static Network decode(byte[] bytes, String name, PluginCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int version;
    try {
      int magic = in.getInt();
      if (magic != MAGIC) {
        throw new NetworkFileException(
            name + " is not an nnlab network file (it starts with 0x" + Integer.toHexString(magic)
                + ", expected 0x" + Integer.toHexString(MAGIC) + ")");
      }
      version = in.getInt();
    } catch (BufferUnderflowException e) {
      throw truncated(name, bytes.length, "in the header");
    }
    if (version == VERSION) {
      return decodeLayers(bytes, in, name, catalog);
    }
    if (version != VERSION_1) {
      throw new NetworkFileException(
          name + " has format version " + version + "; this nnlab reads versions " + VERSION_1 + " and "
              + VERSION);
    }
    List<Header> headers = new ArrayList<>();
    int inputSize;
    try {
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
    try {
      for (Header header : headers) {
        long parameters = Math.addExact(Math.multiplyExact((long) header.outputSize(), in0), header.outputSize());
        expected = Math.addExact(expected, Math.multiplyExact(8L, parameters));
        in0 = header.outputSize();
      }
    } catch (ArithmeticException e) {
      throw corrupted(name, "its layer sizes add up to more bytes than a file can hold");
    }
    if (bytes.length < expected) {
      throw truncated(name, bytes.length, "expected " + expected + " bytes for its layer sizes");
    }
    if (bytes.length > expected) {
      throw corrupted(name, "it has " + (bytes.length - expected) + " bytes after the checksum");
    }
    checkCrc(bytes, name);
    List<Layer> layers = new ArrayList<>();
    Shape shape = Shape.flat(inputSize);
    for (Header header : headers) {
      int position = layers.size() + 1;
      String where = "layer " + position + " of " + name;
      Configured<Activation> activation =
          resolve(PluginKinds.ACTIVATION, header.activation(), where, catalog);
      Dense dense = new Dense(header.outputSize(), Optional.of(activation), Optional.empty(), Optional.empty());
      Layer layer =
          dense.create(
              new LayerContext(
                  position, shape, SavedInitializer.of(header.weights()), SavedInitializer.of(header.biases()),
                  activation));
      layers.add(layer);
      shape = layer.outputShape();
    }
    readValues(layers, in);
    return new Network(Shape.flat(inputSize), layers);
  }

  /** A layer's strings and parameter shapes as version 2 stores them. */
  private record LayerHeader(String spec, String activation, String weights, String biases, int[][] shapes) {}

  private static Network decodeLayers(byte[] bytes, ByteBuffer in, String name, PluginCatalog catalog) {
    List<LayerHeader> headers = new ArrayList<>();
    Shape input;
    long values = 0;
    try {
      input =
          new Shape(
              checkedSize(in.getInt(), "input channels", name),
              checkedSize(in.getInt(), "input height", name),
              checkedSize(in.getInt(), "input width", name));
      int count = in.getInt();
      if (count < 1 || count > MAX_LAYERS) {
        throw corrupted(name, "it claims " + count + " layers");
      }
      for (int l = 0; l < count; l++) {
        String spec = utf(in, name);
        String activation = utf(in, name);
        String weights = utf(in, name);
        String biases = utf(in, name);
        int parameters = in.getInt();
        if (parameters < 0 || parameters > MAX_LAYERS) {
          throw corrupted(name, "layer " + (l + 1) + " claims " + parameters + " parameters");
        }
        int[][] shapes = new int[parameters][];
        for (int p = 0; p < parameters; p++) {
          shapes[p] =
              new int[] {
                checkedSize(in.getInt(), "layer " + (l + 1) + " parameter rows", name),
                checkedSize(in.getInt(), "layer " + (l + 1) + " parameter columns", name)
              };
          values = Math.addExact(values, Math.multiplyExact((long) shapes[p][0], shapes[p][1]));
        }
        headers.add(new LayerHeader(spec, activation, weights, biases, shapes));
      }
    } catch (BufferUnderflowException e) {
      throw truncated(name, bytes.length, "in the header");
    } catch (ArithmeticException e) {
      throw corrupted(name, "its parameter shapes add up to more values than a file can hold");
    } catch (NetworkFileException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // the shape's own check: more values per example than an int holds
      throw corrupted(name, e.getMessage());
    }
    long expected;
    try {
      expected = Math.addExact(in.position() + 8L, Math.multiplyExact(8L, values));
    } catch (ArithmeticException e) {
      throw corrupted(name, "its parameter shapes add up to more bytes than a file can hold");
    }
    if (bytes.length < expected) {
      throw truncated(name, bytes.length, "expected " + expected + " bytes for its parameter shapes");
    }
    if (bytes.length > expected) {
      throw corrupted(name, "it has " + (bytes.length - expected) + " bytes after the checksum");
    }
    checkCrc(bytes, name);
    List<Layer> layers = new ArrayList<>();
    Shape shape = input;
    for (LayerHeader header : headers) {
      int position = layers.size() + 1;
      String where = "layer " + position + " of " + name;
      LayerDefinition definition = definition(header.spec(), where, catalog);
      Configured<Activation> activation =
          header.activation().isEmpty() ? null : resolve(PluginKinds.ACTIVATION, header.activation(), where, catalog);
      Layer layer;
      try {
        definition.outputShape(shape);
        layer =
            definition.create(
                new LayerContext(
                    position, shape, saved(header.weights()), saved(header.biases()), activation));
      } catch (IllegalArgumentException e) {
        throw new NetworkFileException("cannot load " + where + " " + header.spec() + ": " + e.getMessage(), e);
      }
      List<Parameter> parameters = layer.parameters();
      boolean same = parameters.size() == header.shapes().length;
      for (int p = 0; same && p < parameters.size(); p++) {
        same = parameters.get(p).value().numRows == header.shapes()[p][0]
            && parameters.get(p).value().numCols == header.shapes()[p][1];
      }
      if (!same) {
        throw new NetworkFileException(
            "cannot load " + where + ": the " + header.spec() + " layer on the classpath has parameters "
                + parameters + ", the file has shapes " + shapes(header.shapes()));
      }
      layers.add(layer);
      shape = layer.outputShape();
    }
    readValues(layers, in);
    return new Network(input, layers);
  }

  private static Configured<Initializer> saved(String spec) {
    return spec.isEmpty() ? null : SavedInitializer.of(spec);
  }

  private static String shapes(int[][] shapes) {
    List<String> parts = new ArrayList<>();
    for (int[] shape : shapes) {
      parts.add(shape[0] + "×" + shape[1]);
    }
    return parts.toString();
  }

  /**
   * Makes the layer definition from its saved spec, leaving out the initializer parameters: the
   * values come from the file, so the initializer plugins need not be on the classpath.
   */
  private static LayerDefinition definition(String text, String where, PluginCatalog catalog) {
    Spec spec;
    try {
      spec = Spec.parse(text);
    } catch (SpecException e) {
      throw corrupted(where, "its layer spec '" + text + "' is malformed");
    }
    Optional<PluginEntry<LayerDefinition>> entry;
    try {
      entry = catalog.registry(PluginKinds.LAYER).find(spec.name());
    } catch (PluginDiscoveryException e) {
      throw new NetworkFileException("cannot load " + where + ": " + e.getMessage(), e);
    }
    if (entry.isEmpty()) {
      throw new NetworkFileException(
          "layer '" + spec.name() + "' is not on the classpath (" + where + " needs " + text
              + "); add the jar that provides it, such as " + PluginKinds.LAYER.stockModule());
    }
    Set<String> initializers =
        entry.get().plugin().parameters().stream()
            .filter(p -> p.type().componentKind().filter(PluginKinds.INITIALIZER::equals).isPresent())
            .map(ParameterSpec::name)
            .collect(Collectors.toSet());
    String structural = spec.without(initializers).toString();
    try {
      return catalog.registry(PluginKinds.LAYER).create(structural, catalog).value();
    } catch (SpecException e) {
      throw new NetworkFileException(
          "cannot load " + where + ": the layer '" + spec.name() + "' on the classpath refuses the saved spec "
              + structural + ": " + e.getMessage(),
          e);
    }
  }

  private static void readValues(List<Layer> layers, ByteBuffer in) {
    for (Layer layer : layers) {
      for (Parameter p : layer.parameters()) {
        double[] values = p.value().data;
        for (int i = 0; i < p.size(); i++) {
          values[i] = in.getDouble();
        }
      }
    }
  }

  private static void checkCrc(byte[] bytes, String name) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
    if (stored != crc.getValue()) {
      throw corrupted(name, "its checksum does not match its content");
    }
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
