package org.muejam.command.privacy.application;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Mailer;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * The one way marketing mail leaves the platform: it goes only to a person whose marketing consent stands at the
 * moment of sending (read from the settings their last change committed), to the address the users read model has.
 */
@Service
public class MarketingMail {

    /** What became of one marketing mail. */
    public enum Outcome {
        SENT,
        NO_CONSENT,
        NO_ADDRESS
    }

    private final PrivacyRules rules;
    private final QueryGateway queries;
    private final Mailer mailer;

    public MarketingMail(PrivacyRules rules, QueryGateway queries, Mailer mailer) {
        this.rules = rules;
        this.queries = queries;
        this.mailer = mailer;
    }

    /** Sends the mail if the person takes marketing mail; a mail server's refusal is the caller's to handle. */
    public Outcome send(UserId recipient, String subject, String text) {
        if (!rules.marketingAllowed(recipient)) {
            return Outcome.NO_CONSENT;
        }
        Optional<String> address = Queries.optional(
                        queries, new FindUserAccountQuery(recipient.value()), UserAccountResponse.class)
                .map(UserAccountResponse::email)
                .filter(email -> email != null && email.contains("@"));
        if (address.isEmpty()) {
            return Outcome.NO_ADDRESS;
        }
        mailer.send(address.get(), subject, text);
        return Outcome.SENT;
    }
}
