package org.muejam.infra.archfixture;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deliberate violation, compiled only into infra's test classes: a controller that runs SQL itself. The profile is
 * never active, so component scanning in integration tests never makes it a bean.
 */
@RestController
@Profile("archfixture")
public class SqlRunningController {

    private final JdbcTemplate jdbc;

    public SqlRunningController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Integer count() {
        return jdbc.queryForObject("select 1", Integer.class);
    }
}
