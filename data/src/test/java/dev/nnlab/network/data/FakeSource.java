package dev.nnlab.network.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A source serving given bytes (or failing), counting how often it is asked. */
final class FakeSource implements DataSource {

  final AtomicInteger calls = new AtomicInteger();
  private final String name;
  private final Map<DataFile, byte[]> files;
  private final String failure;
  private final long delayMillis;

  private FakeSource(String name, Map<DataFile, byte[]> files, String failure, long delayMillis) {
    this.name = name;
    this.files = files;
    this.failure = failure;
    this.delayMillis = delayMillis;
  }

  static FakeSource serving(String name, Map<DataFile, byte[]> files) {
    return new FakeSource(name, new EnumMap<>(files), null, 0);
  }

  static FakeSource slow(String name, Map<DataFile, byte[]> files, long delayMillis) {
    return new FakeSource(name, new EnumMap<>(files), null, delayMillis);
  }

  static FakeSource failing(String name, String reason) {
    return new FakeSource(name, Map.of(), reason, 0);
  }

  @Override
  public String description() {
    return name;
  }

  @Override
  public Map<DataFile, Path> fetch(DataSetDefinition dataSet, Set<DataFile> wanted, Path staging, FetchListener listener)
      throws IOException {
    calls.incrementAndGet();
    if (failure != null) {
      throw new IOException(failure);
    }
    Map<DataFile, Path> written = new EnumMap<>(DataFile.class);
    for (DataFile file : wanted) {
      byte[] content = files.get(file);
      if (content != null) {
        written.put(file, IdxFiles.write(staging.resolve(file.fileName() + ".gz"), IdxFiles.gzip(content)));
      }
      sleep();
    }
    return written;
  }

  private void sleep() throws IOException {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
