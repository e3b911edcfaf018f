package dev.nnlab.cli.train;

/** The versions a manifest records. */
public final class Versions {

  private Versions() {}

  /** nnlab's version from the jar manifest, or {@code development} when run from classes. */
  public static String nnlab() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** The running Java: version and vendor. */
  public static String java() {
    return Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
  }
}
