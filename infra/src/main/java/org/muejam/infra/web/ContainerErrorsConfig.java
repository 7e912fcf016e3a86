package org.muejam.infra.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** What the servlet container answers on its own is problem+json too. */
@Configuration
public class ContainerErrorsConfig {

    /**
     * Replaces the error report valve Spring Boot puts on the host (HTML) with {@link ProblemErrorReportValve}; runs
     * last so Boot's valve is already there to replace.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                // the host adds a valve of this class when it finds none; it finds ours
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
