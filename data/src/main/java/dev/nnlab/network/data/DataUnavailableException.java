package dev.nnlab.network.data;

/** No source could provide a data set; the message lists what was tried and how to provide the files. */
public final class DataUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public DataUnavailableException(String message) {
    super(message);
  }
}
