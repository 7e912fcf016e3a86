package org.muejam.command.archfixture;

import org.muejam.projections.identity.UserProjection;

/**
 * Deliberate layering violation, compiled only into infra's test classes: a "command-side" class that reaches
 * into a projection. ArchitectureTest imports it on its own to prove its rules can fail; the production-wide
 * import leaves test classes out, so it never pollutes the real check.
 */
public class ProjectionReadingCommandHandler {

    private final UserProjection projection;

    public ProjectionReadingCommandHandler(UserProjection projection) {
        this.projection = projection;
    }

    public UserProjection projection() {
        return projection;
    }
}
