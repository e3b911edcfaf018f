package dev.nnlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line: one line saying what was wrong and where the help is, exit code 2.
 * One line, like every other user mistake, so scripts and logs see exactly one message.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    commandLine
        .getErr()
        .println("nnlab: " + e.getMessage() + " (try '" + commandLine.getCommandSpec().qualifiedName()
            + " --help')");
    return 2;
  }
}
