package org.muejam.infra.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The offline check of a database against the published checkpoints, for an auditor, without the platform running:
 * the same verdict as GET /api/admin/audit/verify, printed as JSON; exit status 0 for OK, 1 for BROKEN, 2 when a
 * setting is missing or wrong (the message names it).
 *
 * <p>Settings, from the environment: MUEJAM_DB_URL, MUEJAM_DB_APP_USER (or MUEJAM_AUDIT_DB_USER),
 * MUEJAM_DB_APP_PASSWORD (or MUEJAM_AUDIT_DB_PASSWORD), MUEJAM_SEAL_KEY, MUEJAM_CHECKPOINT_PUBLIC_KEY (base64
 * X.509) or MUEJAM_CHECKPOINT_KEY (the private key; its public key is derived), MUEJAM_CHECKPOINT_STORE (file) and
 * MUEJAM_CHECKPOINT_FILE.
 */
public final class VerifyAudit {

    public static final int OK = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;

    private VerifyAudit() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("verify-audit takes no arguments; its settings come from the environment:");
            err.println("  MUEJAM_DB_URL, MUEJAM_DB_APP_USER, MUEJAM_DB_APP_PASSWORD, MUEJAM_SEAL_KEY,");
            err.println("  MUEJAM_CHECKPOINT_PUBLIC_KEY or MUEJAM_CHECKPOINT_KEY, MUEJAM_CHECKPOINT_FILE");
            return USAGE;
        }
        List<String> missing = new ArrayList<>();
        String url = setting(env, missing, "MUEJAM_DB_URL");
        String user = setting(env, missing, "MUEJAM_AUDIT_DB_USER", "MUEJAM_DB_APP_USER");
        String password = setting(env, missing, "MUEJAM_AUDIT_DB_PASSWORD", "MUEJAM_DB_APP_PASSWORD");
        String sealKey = setting(env, missing, "MUEJAM_SEAL_KEY");
        String checkpointKey = setting(env, missing, CheckpointSigner.PUBLIC_VARIABLE, CheckpointSigner.VARIABLE);
        if (!missing.isEmpty()) {
            err.println("verify-audit: set " + String.join(", ", missing));
            return USAGE;
        }
        SealKey key;
        PublicKey publicKey;
        CheckpointStore checkpoints;
        try {
            key = SealKey.fromBase64(sealKey);
            publicKey = present(env, CheckpointSigner.PUBLIC_VARIABLE)
                    ? CheckpointSigner.publicKey(checkpointKey)
                    : CheckpointSigner.fromPrivateKey(checkpointKey).publicKey();
            checkpoints = CheckpointSources.open(env);
        } catch (IllegalStateException | CheckpointSources.ConfigurationException e) {
            err.println("verify-audit: " + e.getMessage());
            return USAGE;
        }
        AuditVerifier.Verification verdict;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            verdict = ChainVerification.run(jdbc, key, checkpoints.latest(), publicKey);
            connection.rollback();
        } catch (SQLException e) {
            err.println("verify-audit: cannot read the database at " + url + " as " + user + ": " + e.getMessage());
            return USAGE;
        }
        try {
            out.println(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(verdict));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
        return "OK".equals(verdict.status()) ? OK : BROKEN;
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }

    /** The first of the names that is set; otherwise the first name joins the missing ones. */
    private static String setting(Map<String, String> env, List<String> missing, String... names) {
        for (String name : names) {
            if (present(env, name)) {
                return env.get(name);
            }
        }
        missing.add(String.join(" or ", names));
        return null;
    }
}
