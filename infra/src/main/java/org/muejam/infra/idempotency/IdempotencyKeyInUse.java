package org.muejam.infra.idempotency;

/** Another request with the same Idempotency-Key has stored its changes: this one must store nothing. */
public class IdempotencyKeyInUse extends RuntimeException {

    public IdempotencyKeyInUse() {
        super("another request with this Idempotency-Key has stored its changes");
    }
}
