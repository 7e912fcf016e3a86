package org.muejam.shared.content;

/** One whisper; answered with an optional {@link WhisperResponse}. */
public record FindWhisperQuery(String whisperId) {}
