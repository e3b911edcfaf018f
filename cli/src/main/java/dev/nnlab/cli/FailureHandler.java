package dev.nnlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and an exit code ({@link
 * FailureReport}); the stack trace only with --debug.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof HeapCheck.RelaunchRequested) {
      return HeapCheck.RELAUNCH_EXIT_CODE;
    }
    boolean debug = parseResult.hasMatchedOption("--debug") || hasDebugInSubcommands(parseResult);
    return FailureReport.of(e).print(e, commandLine.getErr(), debug);
  }

  private static boolean hasDebugInSubcommands(ParseResult result) {
    for (ParseResult sub = result.subcommand(); sub != null; sub = sub.subcommand()) {
      if (sub.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
