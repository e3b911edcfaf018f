package dev.nnlab.examples.cli;

import dev.nnlab.core.plugin.PluginDiscoveryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and an exit code: 2 for a user mistake
 * (an invalid value or spec), 1 for anything else. The stack trace is shown only with --debug, or
 * for an unexpected error (a bug), where it is the useful part.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    boolean debug = parseResult.hasMatchedOption("--debug") || hasDebugInSubcommands(parseResult);
    boolean expected =
        e instanceof IllegalArgumentException
            || e instanceof PluginDiscoveryException
            || e instanceof UserFacingException;
    commandLine.getErr().println("nnlab: " + (expected ? e.getMessage() : e));
    if (debug || !expected) {
      e.printStackTrace(commandLine.getErr());
    }
    if (e instanceof UserFacingException userFacing) {
      return userFacing.exitCode();
    }
    return e instanceof IllegalArgumentException ? 2 : 1;
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
