package dev.nnlab.cli.sweep;

import dev.nnlab.network.data.DataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a remote executor needs besides the tasks: the data to broadcast once to every executor,
 * how large a probe the audit takes, and where the code comes from. The runs there read their
 * options with {@code GridSetups} over nnlab's plugins and the sweep's own.
 *
 * @param data every data set the tasks name, by id, as loaded and verified by the driver
 * @param probeSize training images the audit measures
 * @param jars jars every remote JVM needs (nnlab itself); a local master needs none
 * @param plugins the plugin jars and class directories of {@code --plugins} and {@code NNLAB_PLUGINS}
 */
public record SweepJob(Map<String, DataSet> data, int probeSize, List<Path> jars, List<Path> plugins) {

  public SweepJob {
    data = Map.copyOf(data);
    jars = List.copyOf(jars);
    plugins = List.copyOf(plugins);
  }
}
