package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredHeadersTest {

    @Test
    void aValueIsCutNeverBetweenTheHalvesOfASurrogatePair() {
        assertThat(StoredHeaders.truncate(null, 4)).isNull();
        assertThat(StoredHeaders.truncate("abcd", 4)).isEqualTo("abcd");
        assertThat(StoredHeaders.truncate("abcde", 4)).isEqualTo("abcd");
        assertThat(StoredHeaders.truncate("abc\uD83D\uDE00", 4)).isEqualTo("abc");
        assertThat(StoredHeaders.truncate("ab\uD83D\uDE00c", 4)).isEqualTo("ab\uD83D\uDE00");
    }
}
