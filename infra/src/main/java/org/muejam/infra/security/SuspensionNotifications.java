package org.muejam.infra.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.muejam.infra.notifications.PostgresListener;
import org.postgresql.PGNotification;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Clears this node's cached answer about an account's suspension whichever node's projection recorded the change:
 * a trigger on {@code user_account} sends {@code NOTIFY muejam_suspension_changed '<user id>'} when a suspension,
 * its lifting or an erasure is written, delivered by PostgreSQL at the commit. While this node is not listening
 * (before the first connection, after one is lost) it may miss a change, so it forgets every cached answer when it
 * listens again; in between, answers last their cache time as before.
 */
@Component
public class SuspensionNotifications extends PostgresListener {

    public static final String CHANNEL = "muejam_suspension_changed";

    private final SuspendedAccounts accounts;
    private final AtomicLong received = new AtomicLong();

    public SuspensionNotifications(DataSourceProperties database, SuspendedAccounts accounts) {
        super(database, CHANNEL);
        this.accounts = accounts;
    }

    /** How many changes PostgreSQL reported since start (from any node, this one included). */
    public long received() {
        return received.get();
    }

    @Override
    protected void onListen() {
        accounts.forgetAll();
    }

    @Override
    protected void onNotifications(List<PGNotification> notifications) {
        for (PGNotification notification : notifications) {
            received.incrementAndGet();
            accounts.changed(notification.getParameter());
        }
    }
}
