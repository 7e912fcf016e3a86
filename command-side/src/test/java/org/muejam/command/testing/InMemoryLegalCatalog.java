package org.muejam.command.testing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.muejam.command.legal.LegalCatalog;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;

/** Test double for {@link LegalCatalog}: the version published last for a type is that type's active one. */
public final class InMemoryLegalCatalog implements LegalCatalog {

    private final Set<DocumentVersion> published = new HashSet<>();
    private final Map<DocumentType, String> active = new EnumMap<>(DocumentType.class);

    public InMemoryLegalCatalog publish(DocumentType type, String version) {
        published.add(new DocumentVersion(type, version));
        active.put(type, version);
        return this;
    }

    public InMemoryLegalCatalog publish(DocumentVersion document) {
        return publish(document.type(), document.version());
    }

    @Override
    public boolean exists(DocumentType type, String version) {
        return published.contains(new DocumentVersion(type, version));
    }

    @Override
    public Map<DocumentType, String> activeVersions() {
        return new EnumMap<>(active);
    }
}
