package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "identity")
@RestController
@RequestMapping("/api/users")
public class UserController {

    public record MeResponse(String id, String email, String displayName, List<String> roles, boolean emailVerified) {}

    private final QueryGateway queries;

    public UserController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModels.USERS)
    @Operation(operationId = "getCurrentUser", summary = "The signed-in account")
    @GetMapping("/me")
    public MeResponse me(Principal principal) {
        return Queries.optional(queries, new FindUserAccountQuery(principal.getName()), UserAccountResponse.class)
                .map(u -> new MeResponse(u.id(), u.email(), u.displayName(), u.roles(), u.emailVerified()))
                .orElseThrow(() -> Problems.of(
                        HttpStatus.NOT_FOUND, "account-not-found", "no account is registered here for this identity"));
    }
}
