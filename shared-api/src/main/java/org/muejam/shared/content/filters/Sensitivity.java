package org.muejam.shared.content.filters;

/** How eagerly one automated filter acts; OFF turns it off. What each level means is the filter's own. */
public enum Sensitivity {
    OFF,
    LOW,
    MEDIUM,
    HIGH
}
