package org.muejam.shared.moderation;

import java.util.List;

/** Repeat infringers: each author with how many distinct pieces of their content approved notices took down. */
public record DmcaInfringerList(List<Infringer> items) {

    public record Infringer(String authorId, long approvedTakedowns) {}
}
