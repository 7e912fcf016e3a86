package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/** A larger body limit than MUEJAM's default for the requests it names (uploads); beans of this type are applied. */
@FunctionalInterface
public interface RequestBodyLimit {

    OptionalLong limitFor(HttpServletRequest request);
}
