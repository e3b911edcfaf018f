package dev.nnlab.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** The {@code nnlab} program: one injector-free entry point that hands over to picocli. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 success, 1 failure, 2 usage error). */
  public static int run(String... args) {
    return execute(commandLine(), args);
  }

  /**
   * Executes {@code args} on {@code commandLine}. picocli hands exceptions to the {@link
   * FailureHandler} but lets an {@link Error} (out of memory, a plugin compiled for a newer Java)
   * escape; those get the same one line and exit code here, never a raw trace.
   */
  static int execute(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (HeapCheck.RelaunchRequested relaunch) {
      return HeapCheck.RELAUNCH_EXIT_CODE;
    } catch (Throwable failure) {
      boolean debug = Arrays.asList(args).contains("--debug");
      return FailureReport.of(failure).print(failure, commandLine.getErr(), debug);
    }
  }

  /** The configured command line, for callers (and tests) that redirect its output. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NnlabCommand());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // The descriptions are written for 100 columns; at picocli's default 80 every line would wrap.
    commandLine.setUsageHelpWidth(100);
    return commandLine;
  }
}
