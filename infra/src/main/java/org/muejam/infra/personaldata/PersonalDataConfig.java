package org.muejam.infra.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Events are stored as Jackson JSON with their personal data encrypted under a key per data subject. */
@Configuration
public class PersonalDataConfig {

    @Bean
    SubjectKeyStore subjectKeyStore(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, MueJamProperties properties) {
        return new SubjectKeyStore(jdbc, transactions, properties.masterKeyBytes(), properties.subjectKeys());
    }

    /** Every node evicts a key erased on any node. */
    @Bean
    SubjectKeyErasures subjectKeyErasures(DataSourceProperties database, SubjectKeyStore keys) {
        return new SubjectKeyErasures(database, keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, SubjectKeyStore keys) {
        JacksonSerializer jackson =
                JacksonSerializer.builder().objectMapper(objectMapper.copy()).build();
        return new PersonalDataSerializer(jackson, keys);
    }
}
