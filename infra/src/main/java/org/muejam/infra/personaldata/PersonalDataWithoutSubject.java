package org.muejam.infra.personaldata;

/**
 * Personal data whose subject is unknown cannot be encrypted under anyone's key, so it is not stored at all: the
 * command that caused it fails and its transaction rolls back.
 */
public class PersonalDataWithoutSubject extends IllegalStateException {

    PersonalDataWithoutSubject(String message) {
        super(message);
    }
}
