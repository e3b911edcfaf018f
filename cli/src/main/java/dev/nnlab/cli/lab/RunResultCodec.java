package dev.nnlab.cli.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A {@link RunResult} as JSON and back, exactly: doubles are written in their shortest round-trip
 * form and NaN as the string "NaN", so a result that travelled through a file or another JVM has
 * the same bits as the one computed.
 */
public final class RunResultCodec {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private RunResultCodec() {}

  public static String write(RunResult result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the result of " + result.configuration() + " as JSON", e);
    }
  }

  public static RunResult read(String json) {
    try {
      return MAPPER.readValue(json, RunResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a run result: " + e.getOriginalMessage(), e);
    }
  }

  public static RunResult read(JsonNode json) {
    try {
      return MAPPER.treeToValue(json, RunResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a run result: " + e.getOriginalMessage(), e);
    }
  }
}
