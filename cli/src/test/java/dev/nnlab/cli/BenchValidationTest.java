package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bench and bench-run check their values as train does: one line, exit 2, before any data or child. */
class BenchValidationTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "bench-run | --eta | -3 | --eta -3.0: expected a positive number",
    "bench-run | --eta | NaN | --eta NaN: expected a positive number",
    "bench-run | --hidden | 0 | --hidden [0]: every layer needs 1 to 100000 neurons",
    "bench-run | --hidden | 200000 | --hidden [200000]: every layer needs 1 to 100000 neurons",
    "bench-run | --train-size | 60000 | --train-size 60000: expected 1 to 50000",
    "bench-run | --threads | -1 | --threads -1: expected 0 (automatic) to 256",
    "bench-run | --epochs | 20000 | --epochs 20000: expected a whole number from 1 to 10000",
    "bench | --eta | NaN | --eta NaN: expected a positive number",
    "bench | --mini-batch | 0 | --mini-batch 0: expected a whole number >= 1",
  })
  void aBadValueIsOneLineExitCode2(String command, String option, String value, String expected) {
    CommandResult result = CommandResult.run(command, "--data", "/nonexistent-data-dir", option, value);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err().lines().toList()).hasSize(1);
    assertThat(result.err()).startsWith("nnlab: " + expected).doesNotContain("\tat ");
  }
}
