package dev.nnlab.cli.sweep;

import java.io.Serializable;

/**
 * What came back from one run: its result as JSON, or the one-line reason it failed.
 *
 * @param task the task
 * @param resultJson the {@link dev.nnlab.cli.lab.RunResult} as JSON, or null if it failed
 * @param error why it failed, one line, or null
 */
public record TaskOutcome(SweepTask task, String resultJson, String error) implements Serializable {

  private static final long serialVersionUID = 1L;

  public TaskOutcome {
    if ((resultJson == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has either a result or an error");
    }
  }

  public boolean failed() {
    return error != null;
  }
}
