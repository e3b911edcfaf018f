package dev.nnlab.spark;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.VerifiedFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The data sets a sweep trains on, as the bytes of their verified files: what Spark broadcasts
 * once to every executor. An executor unpacks them into a temporary directory and reads them with
 * the same loader (and the same SHA-256 checks) as a local run, so both train on identical images.
 */
final class DataPayload implements Serializable {

  private static final long serialVersionUID = 1L;

  /** data set id → file name → content */
  private final Map<String, Map<String, byte[]>> files;

  private transient Map<String, DataSet> loaded;

  private DataPayload(Map<String, Map<String, byte[]>> files) {
    this.files = files;
  }

  static DataPayload of(Map<String, DataSet> data) {
    Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
    data.forEach((id, set) -> {
      Map<String, byte[]> contents = new LinkedHashMap<>();
      for (VerifiedFile file : set.files()) {
        try {
          contents.put(file.path().getFileName().toString(), Files.readAllBytes(file.path()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file.path() + " to send it to Spark: " + e.getMessage(), e);
        }
      }
      files.put(id, contents);
    });
    return new DataPayload(files);
  }

  /** The whole data set, unpacked and read once per JVM. */
  synchronized DataSet dataSet(DataSetDefinition definition) {
    if (loaded == null) {
      loaded = new ConcurrentHashMap<>();
    }
    return loaded.computeIfAbsent(definition.id(), id -> unpack(definition));
  }

  private DataSet unpack(DataSetDefinition definition) {
    Map<String, byte[]> contents = files.get(definition.id());
    if (contents == null) {
      throw new IllegalStateException("the driver sent no files for data set " + definition.id());
    }
    Path directory = null;
    try {
      directory = Files.createTempDirectory("nnlab-" + definition.id() + "-");
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        Files.write(directory.resolve(file.getKey()), file.getValue());
      }
      return DataSetLoader.standard().fromDirectory(definition, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack data set " + definition.id() + ": " + e.getMessage(), e);
    } finally {
      delete(directory);
    }
  }

  /** The images are in memory once read; the copy on disk is not needed. */
  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      directory.toFile().deleteOnExit();
    }
  }
}
