package org.muejam.infra.identity;

import org.muejam.command.shared.CommandAttribution;
import org.muejam.infra.web.RequestMetadataInterceptor;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/** Notes the attribution on the current HTTP request, where the command metadata interceptor picks it up. */
@Component
public class RequestCommandAttribution implements CommandAttribution {

    @Override
    public void actingAs(UserId userId) {
        RequestMetadataInterceptor.actingAs(userId.value());
    }

    @Override
    public void about(UserId subject) {
        RequestMetadataInterceptor.about(subject.value());
    }
}
