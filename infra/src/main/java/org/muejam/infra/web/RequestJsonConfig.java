package org.muejam.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * JSON in and out of the REST API: the application's Jackson settings, read through {@link RequestJsonFactory} so
 * a body's strings and keys pass the same door as the rest of the request. The application's own ObjectMapper
 * (which Axon copies to read stored events) is left as it is: what is stored is never refused on reading.
 */
@Configuration
public class RequestJsonConfig {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder builder) {
        // a key given twice would bind whichever came last: refused instead, naming it
        return new MappingJackson2HttpMessageConverter(builder.factory(new RequestJsonFactory())
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build());
    }

    /**
     * The security firewall's default, but reading header values as UTF-8 where they are (Spring Security's own
     * recipe): a User-Agent with an emoji is text, not the C1 controls its bytes make one to one.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        // the firewall's own header value pattern (assigned, no controls but tab), applied to the decoded text
        Pattern allowed = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
        firewall.setAllowedHeaderValues(
                value -> allowed.matcher(Utf8HeaderRequest.decode(value)).matches());
        return firewall;
    }

    /** What the security firewall refuses (an encoded line feed in the path, say) is a problem document too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejection) -> {
            if (!RequestTextFilter.refused(request, response, problems)) {
                problems.write(
                        request,
                        response,
                        400,
                        "request-rejected",
                        "Request rejected",
                        "the request's address or headers are not allowed here",
                        null);
            }
        };
    }
}
