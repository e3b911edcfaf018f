package dev.nnlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSweepTest {

  @TempDir Path temp;

  @Test
  void localTwoAndCompareWithSparkRecordTheLocalPoolsNumbersBitForBit() throws Exception {
    Path grid = Files.writeString(temp.resolve("grid.json"), SweepRuns.GRID);

    assertThat(SweepRuns.sweep(grid, temp.resolve("local"), "--parallel", "2")).isZero();
    assertThat(SweepRuns.sweep(grid, temp.resolve("spark"), "--spark", "local[2]")).isZero();

    Map<String, JsonNode> local = SweepRuns.runs(temp.resolve("local"));
    assertThat(local).hasSize(4);
    assertThat(SweepRuns.runs(temp.resolve("spark"))).isEqualTo(local);
    local.values().forEach(run -> assertThat(run.get("result").get("testAccuracy")).hasSize(2));
    assertThat(Files.readString(temp.resolve("spark/results.json"))).contains("\"executor\" : \"spark local[2]\"");

    // compare's option lists are the same grid: the same cells, the same numbers.
    assertThat(dev.nnlab.cli.Main.run("compare", "--init", "randn,xavier-normal", "--seeds", "2",
        "--train-size", "1000", "--epochs", "1", "--sizes", "784,10,10", "--data", SweepRuns.realMnist().toString(),
        "--probe-size", "100", "--spark", "local[2]", "--out", temp.resolve("compare").toString())).isZero();
    assertThat(SweepRuns.runs(temp.resolve("compare"))).isEqualTo(local);
    assertThat(Files.readString(temp.resolve("compare/index.html"))).contains("init=randn", "init=xavier-normal");
  }

  @Test
  void aMasterSparkCannotUseIsRefusedInOneLine() {
    assertThatThrownBy(() -> new SparkSweepExecutorProvider().create("local[two]", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--spark local[two]: expected local, local[N], local[*], spark://HOST:PORT, k8s://https://HOST:PORT or yarn");
  }

  @Test
  void sparkLoadsItsOwnJacksonWhileTheRunsUseNnlabs() throws Exception {
    try (SparkClassLoader loader = SparkClassLoader.beside(SparkSweepExecutorProvider.class)) {
      Class<?> sparkSide = loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
      Class<?> nnlabSide = loader.loadClass("dev.nnlab.cli.lab.RunResultCodec");

      assertThat(sparkSide.getClassLoader()).isSameAs(loader);
      assertThat(nnlabSide).isSameAs(dev.nnlab.cli.lab.RunResultCodec.class);
      assertThat(loader.loadClass("org.apache.spark.SparkConf").getClassLoader()).isSameAs(loader);
      assertThat(loader.loadClass(SparkSweepExecutor.class.getName())).isNotSameAs(SparkSweepExecutor.class);
    }
  }
}
