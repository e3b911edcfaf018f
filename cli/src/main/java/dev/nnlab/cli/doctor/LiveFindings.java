package dev.nnlab.cli.doctor;

import dev.nnlab.network.doctor.Observation;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** Prints each finding as one line on the error stream the moment its rule first fires. */
public final class LiveFindings implements Consumer<Observation> {

  private final PrintWriter err;

  public LiveFindings(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(Observation finding) {
    err.println(finding.line());
    err.flush();
  }
}
