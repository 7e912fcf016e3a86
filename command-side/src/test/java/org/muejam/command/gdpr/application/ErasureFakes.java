package org.muejam.command.gdpr.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.muejam.command.gdpr.DeletionNotices;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.gdpr.SubjectErasure;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.ListApiKeysQuery;
import org.muejam.shared.gdpr.DeletionRequestResponse;
import org.muejam.shared.gdpr.FindDeletionRequestQuery;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;

/** In-memory ports of the deletion use cases: accounts, API keys and requests to read, keys, ledger and mails. */
final class ErasureFakes {

    private ErasureFakes() {}

    /** The read side the use cases ask, behind a real Axon query gateway. */
    static class ReadSide {

        final Map<String, UserAccountResponse> accounts = new LinkedHashMap<>();
        final Map<String, List<ApiKeyResponse>> apiKeys = new LinkedHashMap<>();
        final Map<String, DeletionRequestResponse> requests = new LinkedHashMap<>();
        private final QueryGateway gateway;

        ReadSide() {
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
            gateway = DefaultQueryGateway.builder().queryBus(bus).build();
        }

        QueryGateway gateway() {
            return gateway;
        }

        @QueryHandler
        Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
            return Optional.ofNullable(accounts.get(query.userId()));
        }

        @QueryHandler
        List<ApiKeyResponse> handle(ListApiKeysQuery query) {
            return apiKeys.getOrDefault(query.ownerId(), List.of());
        }

        @QueryHandler
        Optional<DeletionRequestResponse> handle(FindDeletionRequestQuery query) {
            return Optional.ofNullable(requests.get(query.requestId()));
        }
    }

    static final class Keys implements SubjectErasure {

        final Set<String> live = new HashSet<>();
        final Set<String> erased = new HashSet<>();

        @Override
        public boolean erase(String subjectId) {
            erased.add(subjectId);
            return live.remove(subjectId);
        }

        @Override
        public boolean isErased(String subjectId) {
            return erased.contains(subjectId);
        }
    }

    static final class Ledger implements ErasureLedger {

        final List<Entry> entries = new ArrayList<>();

        @Override
        public void record(Entry entry) {
            if (entries.stream().noneMatch(e -> e.userId().equals(entry.userId()))) {
                entries.add(entry);
            }
        }

        @Override
        public List<Entry> entries() {
            return List.copyOf(entries);
        }
    }

    record Notice(String kind, String to, String requestId, Instant at) {}

    static class Notices implements DeletionNotices {

        final List<Notice> sent = new ArrayList<>();

        @Override
        public void requested(String email, String displayName, String requestId, Instant scheduledFor) {
            sent.add(new Notice("requested", email, requestId, scheduledFor));
        }

        @Override
        public void cancelled(String email, String displayName, String requestId) {
            sent.add(new Notice("cancelled", email, requestId, null));
        }

        @Override
        public void erased(String email, String requestId, Instant erasedAt) {
            sent.add(new Notice("erased", email, requestId, erasedAt));
        }
    }
}
