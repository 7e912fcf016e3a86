package org.muejam.command.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.muejam.shared.identity.EmailAddress;
import org.muejam.shared.identity.FindUserAccountByEmailQuery;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;

/** The identity queries answered from memory, behind a real Axon query gateway. */
public final class InMemoryUserAccounts {

    private final Map<String, UserAccountResponse> accounts = new LinkedHashMap<>();
    private final QueryGateway gateway;

    public InMemoryUserAccounts() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    public InMemoryUserAccounts account(UserAccountResponse account) {
        accounts.put(account.id(), account);
        return this;
    }

    public QueryGateway gateway() {
        return gateway;
    }

    @QueryHandler
    Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
        return Optional.ofNullable(accounts.get(query.userId()));
    }

    @QueryHandler
    Optional<UserAccountResponse> handle(FindUserAccountByEmailQuery query) {
        String email = EmailAddress.normalise(query.email());
        return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst();
    }
}
