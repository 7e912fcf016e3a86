package org.muejam.infra.personaldata;

import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

/** Read-model copies of personal data under the subject's key from {@link SubjectKeyStore}. */
@Component
public class SubjectKeyVault implements PersonalDataVault {

    private final SubjectKeyStore keys;

    public SubjectKeyVault(SubjectKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public String seal(String subjectId, String context, String value) {
        if (subjectId == null || value == null) {
            return value;
        }
        // the events stored the subject's key first; no key means the subject was erased: nothing to keep
        return keys.existingKeyFor(subjectId)
                .map(key -> FieldCipher.encryptDeterministic(key, subjectId, context, value))
                .orElse(PersonalData.ERASED);
    }

    @Override
    public String open(String subjectId, String value) {
        if (subjectId == null || !FieldCipher.isCiphertext(value)) {
            return value;
        }
        return keys.existingKeyFor(subjectId)
                .map(key -> FieldCipher.decrypt(key, subjectId, value))
                .orElse(PersonalData.ERASED);
    }
}
