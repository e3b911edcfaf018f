package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FloatOpsSelectorTest {

  @Test
  void usesTheVectorApiWhenTheModuleIsPresent() {
    // the build runs tests with --add-modules jdk.incubator.vector
    assertThat(FloatOpsSelector.vectorModulePresent()).isTrue();
    assertThat(FloatOpsSelector.best().description()).startsWith("vector ");
    assertThat(FloatOpsSelector.best().lanes()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void fallsBackToScalarLoopsInAJvmWithoutTheModule() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"), FloatOpsProbe.class.getName()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("module present: false", "kernels: scalar", "vectorised: false", "trained: true");
    assertThat(output).contains("refused: the Vector API is not available: start the JVM with --add-modules jdk.incubator.vector");
    assertThat(process.exitValue()).isZero();
  }
}
