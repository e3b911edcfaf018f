package dev.nnlab.network.optim;

import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The state every optimizer in this package keeps: a fixed number of zero-started arrays shaped
 * like each parameter, and the step count. All of it is allocated here, once, so {@link #step()}
 * allocates nothing; the element loop stays in the {@link ElementwiseRule}, one call per
 * parameter, where the JIT sees it whole. Because all of it lives here, {@link #save} and
 * {@link #restore} cover every optimizer of the package.
 */
final class ElementwiseOptimizerState implements OptimizerState {

  private final Parameter[] parameters;
  /** [parameter][state array][element]. */
  private final double[][][] states;
  private final ElementwiseRule rule;
  private long steps;

  ElementwiseOptimizerState(List<Parameter> parameters, int stateArrays, ElementwiseRule rule) {
    this.parameters = parameters.toArray(new Parameter[0]);
    this.states = new double[this.parameters.length][stateArrays][];
    for (int k = 0; k < this.parameters.length; k++) {
      for (int s = 0; s < stateArrays; s++) {
        states[k][s] = new double[this.parameters[k].size()];
      }
    }
    this.rule = rule;
  }

  @Override
  public void step() {
    rule.beginStep(++steps);
    for (int k = 0; k < parameters.length; k++) {
      Parameter p = parameters[k];
      rule.update(p.size(), p.value().data, p.gradient().data, states[k]);
    }
  }

  /** The step count, then for every parameter its state arrays' lengths and values. */
  @Override
  public void save(DataOutput out) throws IOException {
    out.writeLong(steps);
    out.writeInt(states.length);
    for (double[][] parameter : states) {
      out.writeInt(parameter.length);
      for (double[] array : parameter) {
        out.writeInt(array.length);
        for (double v : array) {
          out.writeDouble(v);
        }
      }
    }
  }

  @Override
  public void restore(DataInput in) throws IOException {
    long savedSteps = in.readLong();
    if (savedSteps < 0) {
      throw new IOException("the saved optimizer state has a negative step count " + savedSteps);
    }
    expect("parameters", in.readInt(), states.length);
    for (double[][] parameter : states) {
      expect("state arrays per parameter", in.readInt(), parameter.length);
      for (double[] array : parameter) {
        expect("elements of a state array", in.readInt(), array.length);
        for (int i = 0; i < array.length; i++) {
          array[i] = in.readDouble();
        }
      }
    }
    steps = savedSteps;
  }

  private static void expect(String what, int saved, int here) throws IOException {
    if (saved != here) {
      throw new IOException("the saved optimizer state has " + saved + " " + what + ", this one " + here);
    }
  }
}
