package org.muejam.shared.content.filters;

/** The filter configuration in force. */
public record FindContentFilterSettingsQuery(String configurationId) {

    public static FindContentFilterSettingsQuery current() {
        return new FindContentFilterSettingsQuery(ContentFilterSettings.DEFAULT_ID);
    }
}
