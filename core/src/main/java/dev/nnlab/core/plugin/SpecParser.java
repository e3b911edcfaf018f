package dev.nnlab.core.plugin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code name}, {@code name()} or {@code name(key=value, key=value)}. A value runs to the
 * next comma or closing parenthesis at its own nesting depth, so nested specs work. Errors give the
 * position (1-based) and what was expected there.
 */
final class SpecParser {

  private final String text;
  private int position;

  SpecParser(String text) {
    if (text == null || text.isBlank()) {
      throw new SpecException("empty spec: expected a plugin name such as randn or he-normal(mode=fan_in)");
    }
    this.text = text;
  }

  Spec parse() {
    skipSpaces();
    String name = word("a plugin name");
    skipSpaces();
    Map<String, String> arguments = new LinkedHashMap<>();
    if (position < text.length() && text.charAt(position) == '(') {
      position++;
      skipSpaces();
      if (peek() == ')') {
        position++;
      } else {
        argumentsInto(arguments);
      }
    }
    skipSpaces();
    if (position < text.length()) {
      throw error("unexpected '" + text.charAt(position) + "'; expected '(' or the end");
    }
    return new Spec(name, arguments);
  }

  private void argumentsInto(Map<String, String> arguments) {
    while (true) {
      skipSpaces();
      String key = word("a parameter name");
      skipSpaces();
      expect('=');
      skipSpaces();
      int valueStart = position;
      String value = value();
      if (value.isEmpty()) {
        position = valueStart;
        throw error("missing value for '" + key + "'");
      }
      if (arguments.putIfAbsent(key, value) != null) {
        throw error("parameter '" + key + "' is given twice");
      }
      skipSpaces();
      char next = peek();
      position++;
      if (next == ')') {
        return;
      }
      if (next != ',') {
        position--;
        throw error(next == 0 ? "missing ')'" : "unexpected '" + next + "'; expected ',' or ')'");
      }
    }
  }

  private String value() {
    int start = position;
    int depth = 0;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
      position++;
    }
    if (depth > 0) {
      throw error("missing ')' in the value starting at position " + (start + 1));
    }
    return text.substring(start, position).strip();
  }

  private String word(String what) {
    int start = position;
    while (position < text.length() && isWordChar(text.charAt(position))) {
      position++;
    }
    if (start == position) {
      throw error(
          position < text.length()
              ? "unexpected '" + text.charAt(position) + "'; expected " + what
              : "expected " + what);
    }
    return text.substring(start, position);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
  }

  private void expect(char wanted) {
    if (peek() != wanted) {
      throw error(
          position < text.length()
              ? "unexpected '" + text.charAt(position) + "'; expected '" + wanted + "'"
              : "expected '" + wanted + "'");
    }
    position++;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : 0;
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private SpecException error(String problem) {
    return new SpecException(
        "malformed spec '" + text + "' at position " + (position + 1) + ": " + problem);
  }
}
