package org.muejam.query.gdpr;

/**
 * One part of a person's data export, written by the feature that holds the data: a Spring bean implementing this
 * interface is found and asked by the export processor, and its answer is written under {@link #name()} in the
 * export's JSON. Adding a feature's data to every export is one class: implement this, annotate it
 * {@code @Component}, read the feature's own read models (or the person's events in the {@link ExportSubject}), and
 * give back JSON-shaped values (maps, lists, records, strings, numbers, instants). A section that reads personal data
 * sealed in a read model opens it with {@code PersonalDataVault}: the export is for its owner.
 */
public interface ExportSection {

    /** The section's key in the export's JSON: unique among sections, lower camel case ("readingLists"). */
    String name();

    /** Everything this feature holds about the person. */
    Object export(ExportSubject subject);
}
