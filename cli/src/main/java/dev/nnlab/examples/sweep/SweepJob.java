package dev.nnlab.examples.sweep;

import dev.nnlab.network.data.DataSet;
import java.util.List;
import java.util.Map;

/**
 * What a remote executor needs besides the tasks: the data to broadcast once to every executor and
 * how large a probe the audit takes. The runs there read their options with {@code GridSetups} over
 * the standard plugins.
 *
 * @param data every data set the tasks name, by id, as loaded and verified by the driver
 * @param probeSize training images the audit measures
 * @param jars jars every remote JVM needs (nnlab itself); a local master needs none
 */
public record SweepJob(Map<String, DataSet> data, int probeSize, List<java.nio.file.Path> jars) {

  public SweepJob {
    data = Map.copyOf(data);
    jars = List.copyOf(jars);
  }
}
