package org.muejam.infra.web;

/**
 * A credential that acts for its owner (its name is the owner's id) but is audited as itself: the actor of its
 * commands is the credential, the subject is the owner.
 */
public interface ActingForOwner {

    String actorId();

    String actorType();
}
