package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.muejam.shared.audit.AuditMetadata;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who sent it, from which address and client, in which request; the correlation data
 * providers carry these onto the events the command causes.
 */
public class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** A controller sets this request attribute when the data subject is not the actor (registration, say). */
    public static final String SUBJECT_ATTRIBUTE = "muejam.subjectId";
    /** Set when the actor is known before the security context says so (a sign-in that just succeeded). */
    public static final String ACTOR_ATTRIBUTE = "muejam.actorId";

    /**
     * Records, for the commands of the current request, that the actor is this person though the request is not
     * signed in (signing up, signing in, following an emailed link), and that the data is theirs.
     */
    public static void actingAs(String userId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(ACTOR_ATTRIBUTE, userId);
            attributes.getRequest().setAttribute(SUBJECT_ATTRIBUTE, userId);
        }
    }

    /** Records that the current request's commands concern this person's data, whoever sent them. */
    public static void about(String subjectId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(SUBJECT_ATTRIBUTE, subjectId);
        }
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(currentContext(command.getMetaData()));
    }

    private static Map<String, Object> currentContext(Map<String, ?> existing) {
        Map<String, Object> meta = new HashMap<>();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        if (auth instanceof ActingForOwner credential && signedIn) {
            // the credential (an API key) acts, on its owner's behalf and data
            meta.put(AuditMetadata.ACTOR_ID, credential.actorId());
            meta.put(AuditMetadata.ACTOR_TYPE, credential.actorType());
            meta.put(AuditMetadata.SUBJECT_ID, auth.getName());
        } else if (signedIn) {
            meta.put(AuditMetadata.ACTOR_ID, auth.getName());
            meta.put(AuditMetadata.ACTOR_TYPE, "user");
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (!signedIn) {
                meta.put(AuditMetadata.ACTOR_TYPE, "anonymous");
            }
            meta.put(AuditMetadata.IP_ADDRESS, ClientAddress.of(request));
            String agent = request.getHeader("User-Agent");
            if (agent != null) {
                meta.put(AuditMetadata.USER_AGENT, Utf8HeaderRequest.truncate(agent, 512));
            }
            Object requestId = request.getAttribute(RequestIdFilter.REQUEST_ID_ATTRIBUTE);
            if (requestId != null) {
                meta.put(AuditMetadata.REQUEST_ID, requestId.toString());
            }
            Object actor = request.getAttribute(ACTOR_ATTRIBUTE);
            if (!signedIn && actor != null) {
                meta.put(AuditMetadata.ACTOR_ID, actor.toString());
                meta.put(AuditMetadata.ACTOR_TYPE, "user");
            }
            Object subject = request.getAttribute(SUBJECT_ATTRIBUTE);
            if (subject != null) {
                meta.put(AuditMetadata.SUBJECT_ID, subject.toString());
            }
        } else if (!signedIn) {
            meta.put(AuditMetadata.ACTOR_TYPE, "system");
            meta.put(AuditMetadata.ACTOR_ID, "system");
        }
        if (!meta.containsKey(AuditMetadata.SUBJECT_ID)
                && meta.get(AuditMetadata.ACTOR_ID) != null
                && "user".equals(meta.get(AuditMetadata.ACTOR_TYPE))) {
            meta.put(AuditMetadata.SUBJECT_ID, meta.get(AuditMetadata.ACTOR_ID));
        }
        existing.forEach(meta::putIfAbsent);
        return meta;
    }
}
