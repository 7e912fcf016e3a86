package org.muejam.infra.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/audit")
public class AuditAdminController {

    private final AuditVerifier verifier;

    public AuditAdminController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    /** Recomputes the tamper-evident chain over the whole event log. */
    @GetMapping("/verify")
    public AuditVerifier.Verification verify() {
        return verifier.verify();
    }
}
