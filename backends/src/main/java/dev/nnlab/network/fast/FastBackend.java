package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.backend.Arithmetic;
import dev.nnlab.network.backend.Backend;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Score;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.data.Examples;
import java.util.Objects;
import java.util.Optional;

/**
 * The single-precision backend: dense networks through {@link FastTraining}, for jobs whose
 * components declare what it needs ({@link FastTraining#unsupported}). Its parameters live in float
 * arrays; {@link BackendRun#synchronize()} writes them into the network, and
 * {@link BackendRun#synchronizeGradients()} computes the gradients, which its update never forms.
 */
public final class FastBackend implements Backend {

  private final FastOptions options;

  public FastBackend(FastOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String name() {
    return "fast";
  }

  @Override
  public Optional<String> unsupported(TrainingJob job) {
    return FastTraining.unsupported(
        job.network(), job.cost(), job.optimizer(), job.regularizer(), job.dropout().rate());
  }

  @Override
  public String describe(TrainingJob job) {
    return "fast single-precision backend: float " + options.ops().description();
  }

  @Override
  public BackendRun start(TrainingJob job, Examples training) {
    FastTraining fast =
        FastTraining.start(
            job.network(), job.cost(), job.optimizer(), job.regularizer(), training,
            job.miniBatchSize(), options);
    return new Run(fast, job.network());
  }

  /** A {@link FastTraining} seen through the backend contract. */
  private record Run(FastTraining fast, Network network) implements BackendRun {

    @Override
    public String description() {
      return "fast single-precision backend: " + fast.description();
    }

    @Override
    public Arithmetic arithmetic() {
      return new Arithmetic("float", fast.lanes() * Float.SIZE, fast.lanes(), fast.sparseInputs(), fast.threads());
    }

    @Override
    public double forwardBackward(int[] order, int from, int count) {
      return fast.forwardBackward(order, from, count);
    }

    @Override
    public void update() {
      fast.update();
    }

    @Override
    public void synchronize() {
      fast.storeInto(network);
    }

    @Override
    public void synchronizeGradients() {
      fast.gradientsInto(network);
    }

    @Override
    public Score score(Examples examples) {
      return fast.score(examples);
    }

    @Override
    public void close() {
      fast.close();
    }
  }
}
