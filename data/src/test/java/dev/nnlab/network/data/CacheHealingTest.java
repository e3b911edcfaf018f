package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache that lies heals in one run, however many of its files are bad and however they lie. */
class CacheHealingTest {

  @TempDir Path cache;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();

  private DataSetLoader loader(DataSource source) {
    return new DataSetLoader(cache, dataSet -> List.of(source));
  }

  private void corrupt(DataFile file) throws Exception {
    byte[] flipped = tiny.content.get(file).clone();
    flipped[flipped.length - 1] ^= 0x10;
    Files.write(cache.resolve("tiny/" + file.fileName() + ".gz"), IdxFiles.gzip(flipped));
  }

  @Test
  void twoCorruptCachedFilesAreBothRepairedInOneRun() throws Exception {
    FakeSource source = FakeSource.serving("mirror", tiny.content);
    loader(source).load(tiny.definition, FetchListener.NONE);
    corrupt(DataFile.TRAIN_IMAGES);
    corrupt(DataFile.TEST_LABELS);

    DataSet data = loader(source).load(tiny.definition, FetchListener.NONE);

    assertThat(data.train().size()).isEqualTo(10);
    assertThat(data.origin()).isEqualTo("fetched into the cache from mirror");
    for (DataFile file : DataFile.values()) {
      assertThat(IdxReader.sha256OfContent(cache.resolve("tiny/" + file.fileName() + ".gz")))
          .isEqualTo(tiny.definition.sha256(file));
    }
  }

  @Test
  void aFlippedBitInACachedHeaderThatClaimsGigabytesIsDiscardedAndFetchedAgain() throws Exception {
    FakeSource source = FakeSource.serving("mirror", tiny.content);
    loader(source).load(tiny.definition, FetchListener.NONE);
    byte[] lying = tiny.content.get(DataFile.TRAIN_IMAGES).clone();
    ByteBuffer.wrap(lying).putInt(4, 60_000).putInt(8, 181).putInt(12, 181);
    Files.write(cache.resolve("tiny/train-images-idx3-ubyte.gz"), IdxFiles.gzip(lying));

    assertThat(loader(source).load(tiny.definition, FetchListener.NONE).train().size()).isEqualTo(10);
    assertThat(source.calls).hasValue(2);
  }
}
