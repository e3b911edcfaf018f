package dev.nnlab.network.data;

import java.nio.file.Path;

/**
 * An operating-system package that installs a data set's files into a directory.
 *
 * @param name the package's name, e.g. Debian's {@code dataset-fashion-mnist}
 * @param directory where it puts the four files
 */
public record SystemPackage(String name, Path directory) {}
