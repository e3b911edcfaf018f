package dev.nnlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, capturing what it prints, as a user would see it. */
record CommandResult(int exitCode, String out, String err) {

  static CommandResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = Main.execute(commandLine, args);
    return new CommandResult(exitCode, out.toString(), err.toString());
  }
}
