package org.muejam.infra.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.client.ApiClient;
import org.muejam.client.ApiException;
import org.muejam.client.api.IdentityApi;
import org.muejam.client.api.LegalDocumentsApi;
import org.muejam.client.model.AcceptedDocument;
import org.muejam.client.model.LegalDocumentResponse;
import org.muejam.client.model.LoginRequest;
import org.muejam.client.model.LoginResponse;
import org.muejam.client.model.MeResponse;
import org.muejam.client.model.RegisterRequest;
import org.muejam.client.model.RegisterResponse;
import org.muejam.client.model.SignIn200Response;
import org.muejam.client.model.TokenRequest;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/**
 * A first session through a Java client that openapi-generator made from the committed API document
 * (docs/openapi.json, equal to /api/schema by {@link OpenApiDocumentTest}): register, verify the address with the
 * mailed token, sign in, read the account. Nothing here knows a path or a JSON member name.
 */
class GeneratedClientTest extends IntegrationTest {

    private ApiClient client;

    @BeforeEach
    void client() {
        String address = Api.nextClientIp();
        client = new ApiClient()
                .setScheme("http")
                .setHost("127.0.0.1")
                .setPort(port)
                // the platform trusts X-Forwarded-For from loopback: this client counts as its own address
                .setRequestInterceptor(request -> request.header("X-Forwarded-For", address));
    }

    @Test
    void aFirstSessionRunsThroughTheGeneratedClient() throws Exception {
        List<Map<String, String>> published = currentRequiredDocuments();
        LegalDocumentsApi legal = new LegalDocumentsApi(client);
        RegisterRequest registration = new RegisterRequest()
                .email(uniqueEmail("generated"))
                .password(PASSWORD)
                .displayName("Generated Reader")
                .birthDate(LocalDate.of(1990, 5, 17));
        for (Map<String, String> document : published) {
            LegalDocumentResponse active = legal.getActiveLegalDocument(document.get("type"));
            registration.addAcceptedDocumentsItem(
                    new AcceptedDocument().type(document.get("type")).version(active.getVersion()));
        }
        IdentityApi identity = new IdentityApi(client);

        RegisterResponse registered = identity.registerAccount(registration, null);
        identity.verifyEmailAddress(new TokenRequest().token(Mailbox.awaitToken(registration.getEmail(), 0)), null);
        SignIn200Response answer = identity.signIn(
                new LoginRequest().email(registration.getEmail()).password(PASSWORD));

        assertThat(answer.getActualInstance()).isInstanceOf(LoginResponse.class);
        LoginResponse session = answer.getLoginResponse();
        assertThat(session.getAccessToken()).isNotBlank();
        assertThat(session.getRefreshToken()).isNotBlank();
        IdentityApi signedIn = new IdentityApi(new ApiClient()
                .setScheme("http")
                .setHost("127.0.0.1")
                .setPort(port)
                .setRequestInterceptor(
                        request -> request.header("Authorization", "Bearer " + session.getAccessToken())));
        MeResponse me = signedIn.getCurrentUser();
        assertThat(me.getId()).isEqualTo(registered.getUserId());
        assertThat(me.getEmail()).isEqualTo(registration.getEmail());
        assertThat(me.getEmailVerified()).isTrue();
    }

    @Test
    void aRefusalReachesTheGeneratedClientAsAProblemDocument() {
        IdentityApi identity = new IdentityApi(client);
        assertThatThrownBy(() -> identity.signIn(
                        new LoginRequest().email(uniqueEmail("nobody")).password("not-the-password")))
                .isInstanceOfSatisfying(ApiException.class, refusal -> {
                    assertThat(refusal.getCode()).isEqualTo(401);
                    assertThat(refusal.getResponseHeaders().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(refusal.getResponseBody()).contains("\"type\"");
                });
    }
}
