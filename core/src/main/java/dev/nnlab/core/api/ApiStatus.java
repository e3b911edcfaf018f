package dev.nnlab.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a package (or a type) of nnlab's library may be relied on; every library package's
 * {@code package-info.java} carries one. The policy is in docs/library.md ("API status").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface ApiStatus {

  Level value();

  /** The levels of the policy. */
  enum Level {
    /** Kept source-compatible within a major version; a change is deprecated for one minor version first. */
    STABLE,
    /** Usable, but may change in any release while its design settles; changes are listed in the release notes. */
    EXPERIMENTAL,
    /**
     * Public only because another nnlab module uses it; may change or go without notice. Stock
     * plugin classes are of this kind: their names and parameters are stable, their classes are not.
     */
    INTERNAL
  }
}
