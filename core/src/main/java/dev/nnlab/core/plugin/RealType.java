package dev.nnlab.core.plugin;

/** A bounded real number; see {@link ParameterType#real()}. */
record RealType(double low, boolean lowInclusive, double high, boolean highInclusive)
    implements ParameterType {

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number; expected " + describe());
    }
    if (!Double.isFinite(value) || !inRange(value)) {
      throw new IllegalArgumentException(text + " is out of range; expected " + describe());
    }
    return value;
  }

  private boolean inRange(double value) {
    boolean aboveLow = lowInclusive ? value >= low : value > low;
    boolean belowHigh = highInclusive ? value <= high : value < high;
    return aboveLow && belowHigh;
  }

  @Override
  public String describe() {
    boolean noLow = low == Double.NEGATIVE_INFINITY;
    boolean noHigh = high == Double.POSITIVE_INFINITY;
    if (noLow && noHigh) {
      return "a number";
    }
    if (noHigh) {
      return "a number " + (lowInclusive ? ">= " : "> ") + ParameterType.format(low);
    }
    if (noLow) {
      return "a number " + (highInclusive ? "<= " : "< ") + ParameterType.format(high);
    }
    return "a number in "
        + (lowInclusive ? "[" : "(")
        + ParameterType.format(low)
        + ", "
        + ParameterType.format(high)
        + (highInclusive ? "]" : ")");
  }
}
