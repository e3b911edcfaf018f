package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.plugin.PluginCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * PyTorch's float64 values and autograd derivatives, with the exact values (40 digits), from
 * {@code pytorch-activations.csv}, made by {@code scripts/pytorch-activation-references.py}. Each
 * activation's test compares its own rows: values to a few ulps of the exact ones and to 1e-8 of
 * PyTorch's (which computes the elu family as e^z − 1, 1e-9 off near 0), derivatives to a few ulps
 * of PyTorch's.
 */
final class PyTorchReferences {

  /** Relative tolerance: a few ulps, so that a formula that cancels or underflows is caught. */
  private static final double RELATIVE = 1e-14;

  /** How close a value must be to PyTorch's own, which is not always correctly rounded. */
  private static final double RELATIVE_TO_PYTORCH_VALUE = 1e-8;

  private record Row(String spec, double z, double value, double derivative, double exactValue) {}

  private static final List<Row> ROWS = read();

  private PyTorchReferences() {}

  /** Asserts that {@code spec} (made through the standard catalog) matches every PyTorch row of it. */
  static void assertMatches(String spec) {
    ElementwiseActivation activation =
        (ElementwiseActivation) PluginCatalog.standard().activation(spec).value();
    List<Row> rows = ROWS.stream().filter(row -> row.spec().equals(spec)).toList();
    assertThat(rows).as("PyTorch reference rows for %s", spec).isNotEmpty();
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      double value = activation.value(row.z());
      softly.assertThat(close(value, row.exactValue(), RELATIVE))
          .as("%s(%s) = %s, exactly %s", spec, row.z(), value, row.exactValue()).isTrue();
      softly.assertThat(close(value, row.value(), RELATIVE_TO_PYTORCH_VALUE))
          .as("%s(%s) = %s, PyTorch %s", spec, row.z(), value, row.value()).isTrue();
      double derivative = activation.derivative(row.z(), value);
      softly.assertThat(close(derivative, row.derivative(), RELATIVE))
          .as("%s'(%s) = %s, PyTorch %s", spec, row.z(), derivative, row.derivative()).isTrue();
    }
    softly.assertAll();
  }

  private static boolean close(double actual, double expected, double relative) {
    return Math.abs(actual - expected) <= relative * Math.abs(expected) + Double.MIN_NORMAL;
  }

  private static List<Row> read() {
    try (InputStream in = PyTorchReferences.class.getResourceAsStream("/pytorch-activations.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(line -> line.startsWith("\""))
          .map(line -> {
            int close = line.indexOf('"', 1);
            String[] numbers = line.substring(close + 2).split(",");
            return new Row(line.substring(1, close), Double.parseDouble(numbers[0]),
                Double.parseDouble(numbers[1]), Double.parseDouble(numbers[2]),
                Double.parseDouble(numbers[3]));
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
