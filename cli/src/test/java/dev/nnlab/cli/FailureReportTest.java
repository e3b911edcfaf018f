package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class FailureReportTest {

  private static String printed(Throwable failure, boolean debug) {
    StringWriter text = new StringWriter();
    FailureReport.of(failure).print(failure, new PrintWriter(text), debug);
    return text.toString();
  }

  @Test
  void outOfMemoryIsOneLineNamingTheHeapAndHowToRaiseIt() {
    FailureReport report = FailureReport.of(new OutOfMemoryError("Java heap space"));

    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.line()).contains("out of memory", " MB Java heap", "NNLAB_HEAP=");
    assertThat(printed(new OutOfMemoryError(), false).lines()).hasSize(1);
  }

  @Test
  void anOutOfMemoryErrorWrappedByGuiceIsStillReportedAsOutOfMemory() {
    RuntimeException wrapped = new RuntimeException("Unable to provision", new OutOfMemoryError("Java heap space"));

    assertThat(FailureReport.of(wrapped).line()).startsWith("out of memory");
    assertThat(FailureReport.of(wrapped).exitCode()).isEqualTo(2);
  }

  @Test
  void aPluginForANewerJavaIsOneLineThatSaysSo() {
    FailureReport report = FailureReport.of(new UnsupportedClassVersionError(
        "com/example/Future has been compiled by a more recent version of the Java Runtime (class file version 99.0)"));

    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.line()).contains("compiled for a newer Java", "class file version 99.0", "--release");
  }

  @Test
  void aBugIsExitCode1WithTheTraceOnlyWithDebug() {
    NullPointerException bug = new NullPointerException("x");

    assertThat(FailureReport.of(bug).exitCode()).isEqualTo(1);
    assertThat(printed(bug, false).lines()).hasSize(1).first().asString().contains("internal error", "--debug");
    assertThat(printed(bug, true)).contains("\tat ");
  }

  @Test
  void anUnreadableFileKeepsThePermissionReason() {
    UncheckedIOException e = new UncheckedIOException("cannot read /data/x",
        new AccessDeniedException("/data/x"));

    assertThat(FailureReport.of(e).line()).isEqualTo("cannot read /data/x (permission denied)");
  }

  @Test
  void errorsThatEscapePicocliBecomeOneLineToo() {
    CommandResult result = CommandResult.run("train", "--init", "constant(value=1)", "--sizes", "784,10",
        "--data", "/nonexistent-" + System.nanoTime());
    assertThat(result.err()).doesNotContain("\tat ");
    picocli.CommandLine thrower = new picocli.CommandLine(new Thrower());
    StringWriter err = new StringWriter();
    thrower.setErr(new PrintWriter(err, true));

    assertThat(Main.execute(thrower)).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("nnlab: out of memory");
  }

  /** A command that runs out of memory, as an oversized network would. */
  @picocli.CommandLine.Command(name = "thrower")
  static final class Thrower implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void ioExceptionsWithoutAReasonStillSaySomething() {
    assertThat(dev.nnlab.network.io.IoReasons.reason(new IOException())).isEqualTo("IOException");
  }
}
