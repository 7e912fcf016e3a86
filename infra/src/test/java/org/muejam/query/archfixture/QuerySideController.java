package org.muejam.query.archfixture;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deliberate violation, compiled only into infra's test classes: a REST controller on the query side. The profile
 * is never active, so the query role's component scan never makes it a bean.
 */
@RestController
@Profile("archfixture")
public class QuerySideController {}
