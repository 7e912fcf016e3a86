package org.muejam.infra.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * JSON in and out of the REST API: the application's Jackson settings, read through {@link RequestJsonFactory} so
 * a body's strings and keys pass the same door as the rest of the request. The application's own ObjectMapper
 * (which Axon copies to read stored events) is left as it is: what is stored is never refused on reading.
 */
@Configuration
public class RequestJsonConfig {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder builder) {
        return new MappingJackson2HttpMessageConverter(
                builder.factory(new RequestJsonFactory()).build());
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
