package org.muejam.shared.content.filters;

/** The sensitivity of each automated filter. */
public record FilterSensitivities(
        Sensitivity profanity, Sensitivity spam, Sensitivity hateSpeech, Sensitivity maliciousUrls, Sensitivity pii) {

    public static FilterSensitivities defaults() {
        return new FilterSensitivities(
                Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM);
    }
}
