package dev.nnlab.cli.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What makes two training runs the same run, so that a checkpoint of one may continue the other:
 * every input of the arithmetic, by a name a user recognises. The epoch count is not in it: the
 * epochs a run has done do not depend on how many it will do, so a resume may ask for more.
 */
public final class RunFingerprint {

  private RunFingerprint() {}

  /**
   * @param backend what will train it, as the trainer describes it before starting (the fast
   *     backends' float arithmetic and vector width change the bits)
   */
  public static Map<String, String> of(TrainingSetup setup, DataRecord data, String backend) {
    Map<String, String> entries = of(setup, data);
    entries.put("backend", backend);
    return entries;
  }

  /** {@link #of(TrainingSetup, DataRecord, String)} without the backend, for runs that choose it alike. */
  public static Map<String, String> of(TrainingSetup setup, DataRecord data) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("network", setup.layers().isEmpty()
        ? setup.sizes().toString()
        : "input " + setup.input() + ", layers " + String.join(",", setup.layers()));
    entries.put("hidden activation", setup.hiddenActivation().spec());
    entries.put("output activation", setup.outputActivation().spec());
    entries.put("weight initializer", setup.weights().spec());
    entries.put("bias initializer", setup.biases().spec());
    entries.put("cost", setup.cost().spec());
    entries.put("optimizer", setup.optimizer().spec());
    entries.put("regularizer", setup.regularizer().spec());
    entries.put("mini-batch size", Integer.toString(setup.miniBatchSize()));
    entries.put("seed", Long.toString(setup.seed()));
    entries.put("validation evaluated", Boolean.toString(setup.evaluateValidation()));
    entries.put("data set", data.dataset());
    entries.put("training examples", Integer.toString(data.train()));
    entries.put("test examples", Integer.toString(data.test()));
    entries.put("data files", data.files().stream()
        .map(f -> f.name() + " " + f.sha256()).collect(Collectors.joining(", ")));
    return entries;
  }

  /**
   * The differences between a checkpoint's fingerprint and this run's, in words: {@code its seed
   * is 1, this run's 2}; empty when they are the same run.
   */
  public static List<String> differences(Map<String, String> saved, Map<String, String> here) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> entry : here.entrySet()) {
      String theirs = saved.get(entry.getKey());
      if (theirs == null) {
        differences.add("it does not record the " + entry.getKey() + " (this run's is " + entry.getValue() + ")");
      } else if (!theirs.equals(entry.getValue())) {
        differences.add("its " + entry.getKey() + " is " + theirs + ", this run's " + entry.getValue());
      }
    }
    saved.keySet().stream().filter(key -> !here.containsKey(key))
        .forEach(key -> differences.add("it records a " + key + " this nnlab does not know"));
    return differences;
  }
}
