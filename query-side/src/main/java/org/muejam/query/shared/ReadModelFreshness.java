package org.muejam.query.shared;

/**
 * Read-your-writes for one aggregate: lets a reader wait, bounded, until a read model has processed every event
 * stored so far for that aggregate. Used where a flow of the platform's own needs the state its last command left
 * (signing in after registering, "who am I" after signing in), so clients need no waits of their own.
 */
public interface ReadModelFreshness {

    /** Returns whether the read model caught up before the bound; the caller reads what there is either way. */
    boolean awaitAggregate(String readModel, String aggregateId);
}
