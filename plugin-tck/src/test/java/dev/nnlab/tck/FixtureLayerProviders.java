package dev.nnlab.tck;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Layer providers for the kit's discovery checks, registered in {@code tck-layer-fixtures/}. */
final class FixtureLayerProviders {

  private FixtureLayerProviders() {}

  /** The correct affine fixture layer. */
  public static final class Affine implements LayerProvider {
    @Override
    public String name() {
      return "tck-affine";
    }

    @Override
    public String description() {
      return "y = w·x + b with a scalar weight and bias";
    }

    @Override
    public LayerDefinition create(Parameters parameters) {
      return new AffineFixture(AffineFixture.Defect.NONE);
    }
  }

  /** Declares a parameter that none of its examples sets. */
  public static final class LazyExamples implements LayerProvider {
    @Override
    public String name() {
      return "tck-lazy-examples";
    }

    @Override
    public String description() {
      return "declares a parameter its examples never set";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.of("scale", ParameterType.positive(), "1", "multiplies the output"));
    }

    @Override
    public LayerDefinition create(Parameters parameters) {
      return new AffineFixture(AffineFixture.Defect.NONE, name() + "(" + parameters + ")", parameters.real("scale"));
    }
  }

  /** Its definitions print a spec that drops the parameter, so they do not survive being written out. */
  public static final class Forgetful implements LayerProvider {
    @Override
    public String name() {
      return "tck-forgetful";
    }

    @Override
    public String description() {
      return "toString() leaves out the scale it was given";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.of("scale", ParameterType.positive(), "1", "multiplies the output"));
    }

    @Override
    public List<String> examples() {
      return List.of("tck-forgetful(scale=2)");
    }

    @Override
    public LayerDefinition create(Parameters parameters) {
      return new AffineFixture(AffineFixture.Defect.NONE, name(), parameters.real("scale"));
    }
  }

  /** Not listed in any services file. */
  public static final class Unregistered implements LayerProvider {
    @Override
    public String name() {
      return "tck-unregistered";
    }

    @Override
    public String description() {
      return "missing from META-INF/services";
    }

    @Override
    public LayerDefinition create(Parameters parameters) {
      return new AffineFixture(AffineFixture.Defect.NONE);
    }
  }
}
