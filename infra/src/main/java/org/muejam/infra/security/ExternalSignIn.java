package org.muejam.infra.security;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.command.shared.Queries;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * Sign-in with the external OpenID Connect issuer's tokens. A token counts only when it is meant for this platform
 * (its aud names the configured audience) and its subject fits the directory; it then signs in to the local account
 * its identity is linked to, with that account's roles, or, when no account is linked yet, holds no more than the
 * right to register one ({@link UnlinkedExternalIdentity}).
 */
final class ExternalSignIn implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String issuer;
    private final ExternalIdentityDirectory directory;
    private final QueryGateway queries;

    ExternalSignIn(String issuer, ExternalIdentityDirectory directory, QueryGateway queries) {
        this.issuer = issuer;
        this.directory = directory;
        this.queries = queries;
    }

    /** Signature and time as for any token; then this issuer, this platform's audience, a subject that fits. */
    static OAuth2TokenValidator<Jwt> validator(MueJamProperties.Oidc oidc) {
        return JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(oidc.issuer()),
                new Explained(
                        new JwtAudienceValidator(oidc.audience()),
                        "token-audience",
                        "the token is not meant for this platform: its aud claim must name " + oidc.audience()),
                new Explained(
                        new JwtClaimValidator<Object>(
                                JwtClaimNames.SUB,
                                sub -> sub instanceof String subject && ExternalIdentity.isAcceptableSubject(subject)),
                        "token-subject",
                        "the token's subject (sub) must be 1 to " + ExternalIdentity.MAX_LENGTH
                                + " printable ASCII characters, as OpenID Connect requires"));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ExternalIdentity identity = new ExternalIdentity(issuer, jwt.getSubject());
        return directory
                .accountOf(identity)
                .<AbstractAuthenticationToken>map(
                        account -> new ExternalAccountAuthentication(jwt, roles(account), account))
                .orElseGet(() -> new UnlinkedExternalIdentity(jwt, identity));
    }

    /** The account's roles as they are now, as our own tokens carry them from each sign-in and refresh. */
    private List<GrantedAuthority> roles(UserId account) {
        return Queries.optional(queries, new FindUserAccountQuery(account.value()), UserAccountResponse.class)
                .map(UserAccountResponse::roles)
                .orElse(List.of())
                .stream()
                .filter(role -> !role.isBlank())
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /**
     * A check whose refusal names in our own words what is wrong ({@link TokenRefusal} shows it), never the
     * library's, which can quote the token.
     */
    record Explained(OAuth2TokenValidator<Jwt> check, String problemType, String detail)
            implements OAuth2TokenValidator<Jwt> {

        @Override
        public OAuth2TokenValidatorResult validate(Jwt token) {
            if (!check.validate(token).hasErrors()) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", detail, TokenRefusal.PROBLEMS + problemType));
        }
    }
}
