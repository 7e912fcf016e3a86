package org.muejam.query.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read models (projections, by their names in {@code ReadModels}) a read endpoint answers from. A request that
 * says {@code X-Await-Position: n} waits until these have passed position n; an endpoint without the annotation
 * waits for every projection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadsFrom {

    String[] value();
}
