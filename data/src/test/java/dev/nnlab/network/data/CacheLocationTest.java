package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheLocationTest {

  @Test
  void nnlabCacheOverridesEverything() {
    assertThat(CacheLocation.root(Map.of("NNLAB_CACHE", "/data/nn", "XDG_CACHE_HOME", "/xdg"), "/home/u"))
        .isEqualTo(Path.of("/data/nn"));
  }

  @Test
  void xdgCacheHomeComesNext() {
    assertThat(CacheLocation.root(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u")).isEqualTo(Path.of("/xdg/nnlab"));
  }

  @Test
  void defaultsToTheCacheInTheHomeDirectory() {
    assertThat(CacheLocation.root(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/nnlab"));
    assertThat(CacheLocation.root(Map.of("NNLAB_CACHE", " "), "/home/u")).isEqualTo(Path.of("/home/u/.cache/nnlab"));
  }

  @Test
  void ignoresARelativeXdgCacheHomeAsTheSpecificationRequires() {
    assertThat(CacheLocation.root(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
        .isEqualTo(Path.of("/home/u/.cache/nnlab"));
  }
}
