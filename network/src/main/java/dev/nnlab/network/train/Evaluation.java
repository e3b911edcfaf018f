package dev.nnlab.network.train;

/**
 * The network's performance on one data set after an epoch.
 *
 * @param set the set's name, e.g. {@code test}
 * @param correct how many examples the network classified right (argmax of output = argmax of target)
 * @param total the set's size
 * @param cost the mean per-example cost plus the regularisation penalty computed with n = total, as
 *     network2.py's {@code total_cost} reports it
 */
public record Evaluation(String set, int correct, int total, double cost) {

  public double accuracy() {
    return (double) correct / total;
  }

  /** Nielsen's form: {@code 9129 / 10000}. */
  @Override
  public String toString() {
    return correct + " / " + total;
  }
}
