package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzExtractorTest {

  @TempDir Path dir;

  @Test
  void extractsOnlyTheWantedEntries() throws Exception {
    byte[] big = IdxFiles.images(40, 5, 5);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("package/package.json", "{}".getBytes());
    entries.put("package/data/a", big);
    entries.put("package/data/b", new byte[] {1, 2, 3});
    entries.put("package/" + "x".repeat(120), new byte[] {9});
    entries.put("package/data/c", new byte[0]);
    Path archive = IdxFiles.write(dir.resolve("p.tgz"), TarGzFiles.tgz(entries));

    Map<String, Path> found =
        TarGzExtractor.extract(
            archive,
            Map.of(
                "package/data/a", dir.resolve("a"),
                "package/data/c", dir.resolve("c"),
                "package/" + "x".repeat(120), dir.resolve("long"),
                "package/data/missing", dir.resolve("missing")));

    assertThat(found).containsOnlyKeys("package/data/a", "package/data/c", "package/" + "x".repeat(120));
    assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(big);
    assertThat(Files.readAllBytes(dir.resolve("c"))).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("long"))).containsExactly(9);
    assertThat(dir.resolve("b")).doesNotExist();
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void refusesATruncatedArchive() {
    byte[] tar = TarGzFiles.tgz(Map.of("package/data/a", IdxFiles.images(40, 5, 5)));
    byte[] plain;
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(tar))) {
      plain = in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Path archive = IdxFiles.write(dir.resolve("cut.tgz"), IdxFiles.gzip(Arrays.copyOf(plain, 700)));
    assertThatThrownBy(() -> TarGzExtractor.extract(archive, Map.of("package/data/a", dir.resolve("a"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut.tgz: truncated");
  }

  @Test
  void refusesSomethingThatIsNotATarArchive() {
    Path archive = IdxFiles.write(dir.resolve("junk.tgz"), IdxFiles.gzip("not a tar archive at all".repeat(40).getBytes()));
    assertThatThrownBy(() -> TarGzExtractor.extract(archive, Map.of()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a tar archive");
  }
}
