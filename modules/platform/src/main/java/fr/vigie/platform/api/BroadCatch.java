package fr.vigie.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a method (or every method of a class) to catch {@code Exception}, {@code RuntimeException}
 * or {@code Throwable}, for the reason given: typically a scheduled job that logs a failure and lets
 * the next run retry, where rethrowing would only make the container cancel the timer. Everywhere
 * else the architecture test refuses such a catch: it swallows programming errors with the refusals.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface BroadCatch {
    /** Why nothing narrower will do. */
    String value();
}
