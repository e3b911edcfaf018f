package dev.nnlab.network.backend.reference;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.backend.Arithmetic;
import dev.nnlab.network.backend.Backend;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Score;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.data.Examples;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * The double-precision backend: runs the network's layers themselves through a {@link LayerStack},
 * adds the regularizer's gradient to the weights' and lets the optimizer step. It runs every job;
 * gradient checks and equivalence tests use it as the yardstick.
 */
public final class ReferenceBackend implements Backend {

  public static final ReferenceBackend INSTANCE = new ReferenceBackend();

  private ReferenceBackend() {}

  @Override
  public String name() {
    return "reference";
  }

  @Override
  public Optional<String> unsupported(TrainingJob job) {
    return Optional.empty();
  }

  @Override
  public String describe(TrainingJob job) {
    return "reference backend";
  }

  @Override
  public BackendRun start(TrainingJob job, Examples training) {
    return new Run(job, training);
  }

  /** One run: the network's own parameters are the state, so there is nothing to synchronise. */
  private static final class Run implements BackendRun {

    private final Examples training;
    private final Cost cost;
    private final Regularizer regularizer;
    private final LayerStack stack;
    private final OptimizerState state;
    private final Parameter[] weights;
    private final ExampleScorer scorer;
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final int n;

    Run(TrainingJob job, Examples training) {
      Network network = job.network();
      this.training = training;
      this.n = training.size();
      this.cost = job.cost();
      this.regularizer = job.regularizer();
      this.stack = LayerStack.forTraining(network, cost, job.dropout(), job.layerRandom());
      this.state = job.optimizer().start(network.trainableParameters());
      this.weights =
          network.parameters().stream().filter(p -> p.role() == Parameter.Role.WEIGHTS).toArray(Parameter[]::new);
      this.scorer = new ExampleScorer(network, cost);
      int batch = Math.min(job.miniBatchSize(), n);
      this.x = new DMatrixRMaj(batch, network.inputSize());
      this.y = new DMatrixRMaj(batch, network.outputSize());
    }

    @Override
    public String description() {
      return "reference backend: double precision, the layers' own code";
    }

    @Override
    public Arithmetic arithmetic() {
      return Arithmetic.scalarDouble();
    }

    @Override
    public double forwardBackward(int[] order, int from, int count) {
      training.gather(order, from, count, x, y);
      stack.forwardTraining(x);
      double batchCost = cost.total(stack.output(), y) / count;
      if (Double.isFinite(batchCost)) {
        stack.backward(y);
        for (Parameter w : weights) {
          regularizer.addGradient(w.value(), n, w.gradient());
        }
      }
      return batchCost;
    }

    @Override
    public void update() {
      state.step();
    }

    @Override
    public void synchronize() {}

    @Override
    public void synchronizeGradients() {}

    @Override
    public void saveState(DataOutput out) throws IOException {
      state.save(out);
    }

    @Override
    public void restoreState(DataInput in) throws IOException {
      state.restore(in);
    }

    @Override
    public Score score(Examples examples) {
      return scorer.score(examples);
    }

    @Override
    public void close() {}
  }
}
