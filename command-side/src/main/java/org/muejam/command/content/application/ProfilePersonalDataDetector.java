package org.muejam.command.content.application;

import java.util.Set;
import java.util.stream.Collectors;
import org.muejam.command.content.screening.PiiDetector;
import org.muejam.command.identity.ProfilePersonalData;
import org.springframework.stereotype.Component;

/** Profile fields are checked by the same detector, sensitivity and allow-list as content (decision 0028). */
@Component
public class ProfilePersonalDataDetector implements ProfilePersonalData {

    private final FilterSettingsCache settings;

    public ProfilePersonalDataDetector(FilterSettingsCache settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> kindsIn(String text) {
        return PiiDetector.detect(text, settings.current()).stream()
                .map(Enum::name)
                .collect(Collectors.toSet());
    }
}
