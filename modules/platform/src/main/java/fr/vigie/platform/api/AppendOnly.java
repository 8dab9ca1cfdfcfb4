package fr.vigie.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are written once and never updated (an audit entry, a stored document): no
 * two people can change the same row, so it needs no {@code @Version}. Every other aggregate root
 * has one (checked by the architecture test).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AppendOnly {
    /** Why the rows are never updated. */
    String value();
}
