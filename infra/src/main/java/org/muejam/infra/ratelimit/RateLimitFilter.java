package org.muejam.infra.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.muejam.infra.web.CachedBodyRequest;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.IpAddresses;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.infra.web.RequestIdFilter;
import org.muejam.shared.identity.EmailAddress;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Enforces the rate limits in two places of the security chain: before authentication the rules keyed by
 * address and account (so even requests with bad credentials are counted), after it those keyed by user. Every
 * response reports the tightest bucket in X-RateLimit-*; a request over a limit is answered 429 with Retry-After.
 * Rules that count failures take a token up front and give it back unless the response is 401, so parallel
 * guesses cannot slip past the limit. A sign-in from a known device (a device token signed for the account it names)
 * draws on that device's own bucket of the rules keyed by account, so strangers' failures never use up the owner's.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    public enum Phase {
        BEFORE_AUTHENTICATION,
        AFTER_AUTHENTICATION
    }

    private static final int FAILURE_STATUS = 401;

    private final Phase phase;
    private final List<RateLimitRule> rules;
    private final Limiter limiter;
    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final KnownDevices devices;

    public RateLimitFilter(
            Phase phase, List<RateLimitRule> rules, Limiter limiter, ProblemWriter problems, ObjectMapper json) {
        this(phase, rules, limiter, problems, json, KnownDevices.NONE);
    }

    public RateLimitFilter(
            Phase phase,
            List<RateLimitRule> rules,
            Limiter limiter,
            ProblemWriter problems,
            ObjectMapper json,
            KnownDevices devices) {
        this.phase = phase;
        // failure-counting rules first: a locked-out sign-in then costs no token of the general limits
        this.rules = rules.stream()
                .filter(rule -> (rule.key() == RateLimitSettings.Key.USER) == (phase == Phase.AFTER_AUTHENTICATION))
                .sorted(Comparator.comparing(rule -> !rule.failuresOnly()))
                .toList();
        this.limiter = limiter;
        this.problems = problems;
        this.json = json;
        this.devices = devices;
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return RateLimitFilter.class.getName() + "." + phase + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<RateLimitRule> applicable =
                rules.stream().filter(rule -> rule.appliesTo(request)).toList();
        if (applicable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest forwarded = request;
        String account = null;
        if (applicable.stream().anyMatch(rule -> rule.key() == RateLimitSettings.Key.ACCOUNT)) {
            CachedBodyRequest cached;
            try {
                cached = new CachedBodyRequest(request);
            } catch (RequestIdFilter.BodyTooLargeException e) {
                problems.write(request, response, 413, "payload-too-large", "Payload too large", e.getMessage(), null);
                return;
            }
            forwarded = cached;
            account = accountOf(request, cached.body());
        }
        RateLimitState state = RateLimitState.of(request);
        List<RateLimitState.Decision> refundable = new ArrayList<>();
        for (RateLimitRule rule : applicable) {
            String subject = subjectOf(rule, request, account);
            if (subject == null) {
                continue;
            }
            String bucket = rule.bucketFor(subject);
            RateLimitState.Decision decision = new RateLimitState.Decision(rule, bucket, limiter.consume(bucket, rule));
            state.add(decision);
            if (!decision.probe().allowed()) {
                // the request is refused before anything is checked, so it is no failure of anyone's
                refundable.forEach(d -> limiter.refund(d.bucket(), d.rule()));
                refuse(request, response, decision);
                return;
            }
            if (rule.failuresOnly()) {
                refundable.add(decision);
            }
        }
        state.writeHeaders(response);
        if (refundable.isEmpty()) {
            chain.doFilter(forwarded, response);
            return;
        }
        // the body waits until the status is known, so the headers can still say whether this one counted
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(forwarded, buffered);
        } finally {
            if (buffered.getStatus() != FAILURE_STATUS) {
                for (RateLimitState.Decision decision : refundable) {
                    limiter.refund(decision.bucket(), decision.rule());
                    state.replace(
                            decision,
                            new RateLimitState.Decision(
                                    decision.rule(),
                                    decision.bucket(),
                                    decision.probe().refunded(decision.rule().limit())));
                }
            }
            state.writeHeaders(response);
            buffered.copyBodyToResponse();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimitState.Decision decision)
            throws IOException {
        long retryAfter = Math.max(1, RateLimitState.seconds(decision.probe().nanosToRetry()));
        RateLimitState.write(response, decision);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        RateLimitRule rule = decision.rule();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rule", rule.name());
        details.put("limit", rule.limit());
        details.put("windowSeconds", rule.window().toSeconds());
        details.put("retryAfterSeconds", retryAfter);
        problems.write(
                request,
                response,
                429,
                "rate-limited",
                "Too many requests",
                "rate limit '" + rule.name() + "' (" + rule.describe() + ") is used up; try again in " + retryAfter
                        + " s",
                details);
    }

    private static String subjectOf(RateLimitRule rule, HttpServletRequest request, String account) {
        return switch (rule.key()) {
            case IP -> ipKey(ClientAddress.of(request));
            case ACCOUNT -> account;
            case USER -> {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                yield auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                        ? auth.getName()
                        : null;
            }
        };
    }

    /**
     * The bucket name of a client address: an IPv4 address as it is, an IPv6 address by its /64 prefix, since one
     * subscriber usually gets a whole /64 and could otherwise draw on 2^64 buckets.
     */
    static String ipKey(String address) {
        Optional<InetAddress> parsed = IpAddresses.parseBare(address);
        if (parsed.isEmpty()) {
            return address;
        }
        if (!(parsed.get() instanceof Inet6Address ipv6)) {
            return parsed.get().getHostAddress();
        }
        byte[] bytes = ipv6.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }

    /**
     * The "email" of a JSON body, as sign-in compares it, followed by the device when the body's "deviceToken" (or
     * the device cookie) is one signed for that account; null when there is no email.
     */
    private String accountOf(HttpServletRequest request, byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
        if (tree == null) {
            return null;
        }
        JsonNode email = tree.path("email");
        if (!email.isTextual() || email.asText().isBlank()) {
            return null;
        }
        String account = EmailAddress.normalise(email.asText());
        JsonNode token = tree.path("deviceToken");
        return devices.deviceOf(request, token.isTextual() ? token.asText() : null, account)
                .map(device -> account + "\ndevice:" + device)
                .orElse(account);
    }
}
