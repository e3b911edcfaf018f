package dev.nnlab.network.data;

import java.nio.file.Path;

/** One file of a loaded data set: where it was read and the SHA-256 its content matched. */
public record VerifiedFile(DataFile file, Path path, String sha256) {}
