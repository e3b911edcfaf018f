package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.data.DataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ch6ConvTest {

  @Test
  void theQuickFormPutsTheConvNetAheadOfTheFullyConnectedOne() {
    ExperimentResult result = new Ch6Conv().run(QuickContext.of());

    assertThat(result.checks()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Check.Kind.CLAIM);
      assertThat(c.values()).hasSize(2).allMatch(lead -> lead > 0);
    });
    assertThat(result.verdict()).isEqualTo("PASS");
    assertThat(result.figures()).extracting(Figure::file)
        .containsExactly("ch6-conv-network3-fc-accuracy.png", "ch6-conv-network3-conv2-relu-accuracy.png");
  }

  /** A run shorter than the book's 60 epochs trains all four presets and judges none of their figures. */
  @Test
  void aShortenedRunShowsThePublishedFiguresAsNotComparable() {
    DataSet mnist = QuickContext.mnist();
    DataSet small = new DataSet(mnist.dataSet(), mnist.train().head(200), mnist.validation().head(200),
        mnist.test().head(200), mnist.directory(), mnist.origin(), mnist.files());
    ExperimentContext context = new ExperimentContext(small, PluginCatalog.standard(), List.of(1L), false, 2, l -> {}, 1);

    ExperimentResult result = new Ch6Conv().run(context);

    assertThat(result.checks()).hasSize(4).allSatisfy(c -> {
      assertThat(c.kind()).isEqualTo(Check.Kind.REFERENCE);
      assertThat(c.verdict(false)).isEqualTo("not comparable");
      assertThat(c.tolerance()).isEqualTo("none: not comparable, 1 of the book's 60 epochs");
    });
    assertThat(result.checks()).extracting(Check::quantity).containsExactly(
        "network3-fc: test accuracy at the best validation epoch after 1 epoch (%)",
        "network3-conv: test accuracy at the best validation epoch after 1 epoch (%)",
        "network3-conv2: test accuracy at the best validation epoch after 1 epoch (%)",
        "network3-conv2-relu: test accuracy at the best validation epoch after 1 epoch (%)");
    assertThat(result.checks().get(3).published()).isEqualTo("99.23 (after 60 epochs)");
    assertThat(result.judged()).isFalse();
    assertThat(result.verdict()).isEqualTo("NOT COMPARABLE");
    assertThat(result.description()).endsWith("REDUCED: 1 of the book's 60 epochs on the full data; the published"
        + " figures are shown, not judged");
  }
}
