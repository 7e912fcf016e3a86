package org.muejam.infra.gdpr;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.gdpr.application.AccountErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Restoring a backup must not bring a forgotten person back. At every start the ledger's erasures are checked
 * against the database: a person whose key is not destroyed here (the backup predates their erasure) is erased
 * again, account, sessions, address and key, without a mail. A start on a database that never lost anything finds
 * every key destroyed and does nothing.
 */
@Component
@ConditionalOnExpression("'${muejam.roles:command,query,projections}'.contains('command')")
public class ErasureLedgerCheck {

    private static final Logger log = LoggerFactory.getLogger(ErasureLedgerCheck.class);

    private final ErasureLedger ledger;
    private final AccountErasure erasure;

    public ErasureLedgerCheck(ErasureLedger ledger, AccountErasure erasure) {
        this.ledger = ledger;
        this.erasure = erasure;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        int reapplied = reapply();
        if (reapplied > 0) {
            log.warn("re-applied {} erasures of the erasure ledger: the database was older than them", reapplied);
        }
    }

    /** Erases again every ledger entry the database has forgotten; returns how many. */
    public int reapply() {
        List<ErasureLedger.Entry> entries = ledger.entries();
        int reapplied = 0;
        for (ErasureLedger.Entry entry : entries) {
            try {
                if (erasure.reapply(entry)) {
                    reapplied++;
                }
            } catch (AggregateNotFoundException unknown) {
                // the backup predates the account itself: nothing of it to forget but a key it may get later
                erasure.eraseKeyOnly(entry.userId());
                reapplied++;
            }
        }
        return reapplied;
    }
}
