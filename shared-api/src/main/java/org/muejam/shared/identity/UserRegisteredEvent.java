package org.muejam.shared.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.security.Secret;

@Revision("1")
public record UserRegisteredEvent(
        @DataSubject UserId userId,
        @PersonalData String email,
        @PersonalData(replacement = "Deleted User") String displayName,
        @Secret String passwordHash,
        @PersonalData LocalDate birthDate,
        Set<Role> roles,
        Instant registeredAt) {}
