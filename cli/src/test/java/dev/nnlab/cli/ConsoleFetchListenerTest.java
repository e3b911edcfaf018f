package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleFetchListenerTest {

  @Test
  void writesPlainLinesAtMostOncePerQuarterWhenNotOnATerminal() {
    StringWriter text = new StringWriter();
    ConsoleFetchListener listener = new ConsoleFetchListener(new PrintWriter(text), false);
    long total = 8L << 20;

    listener.trying("mirror m");
    listener.failed("mirror m", "cannot resolve the host name");
    listener.trying("mirror n");
    listener.transferStarted("f.gz", total);
    for (long bytes = 0; bytes <= total; bytes += 256 * 1024) {
      listener.transferProgress("f.gz", bytes);
    }
    listener.transferFinished("f.gz");

    assertThat(text.toString().lines())
        .containsExactly(
            "Fetching from mirror m ...",
            "  not available: cannot resolve the host name",
            "Fetching from mirror n ...",
            "  f.gz (8.0 MB)",
            "  f.gz: 25% (2.0 MB)",
            "  f.gz: 50% (4.0 MB)",
            "  f.gz: 75% (6.0 MB)",
            "  f.gz: done");
  }

  @Test
  void saysNothingAboutProgressOfAnUnknownSize() {
    StringWriter text = new StringWriter();
    ConsoleFetchListener listener = new ConsoleFetchListener(new PrintWriter(text), false);
    listener.transferStarted("f.gz", -1);
    listener.transferProgress("f.gz", 12345);
    listener.transferFinished("f.gz");
    assertThat(text.toString().lines()).containsExactly("  f.gz", "  f.gz: done");
  }
}
