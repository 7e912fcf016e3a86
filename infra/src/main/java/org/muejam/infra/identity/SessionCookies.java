package org.muejam.infra.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Browser sessions: the access token and the refresh token as HttpOnly, Secure, SameSite=Strict cookies, so that
 * scripts in the page never see them. The refresh cookie is sent only to the sign-in endpoints, and so is the device
 * cookie, which makes the browser a known device at its next sign-in (Secure when the public address is https).
 */
@Component
public class SessionCookies {

    public static final String ACCESS = "MUEJAM_ACCESS";
    public static final String REFRESH = "MUEJAM_REFRESH";
    public static final String DEVICE = "MUEJAM_DEVICE";
    static final String REFRESH_PATH = "/api/auth";

    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Duration deviceTtl;
    private final boolean httpsOnly;

    public SessionCookies(MueJamProperties properties) {
        this.accessTtl = properties.tokens().accessTokenTtl();
        this.refreshTtl = properties.tokens().refreshTokenTtl();
        this.deviceTtl = properties.lockout().deviceTokenTtl();
        this.httpsOnly = "https".equalsIgnoreCase(properties.publicUrl().getScheme());
    }

    /** The device cookie outlives sessions: signing out keeps the browser a known device. */
    public void writeDevice(HttpServletResponse response, String deviceToken) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(DEVICE, deviceToken)
                        .httpOnly(true)
                        .secure(httpsOnly)
                        .sameSite("Strict")
                        .path(REFRESH_PATH)
                        .maxAge(deviceTtl)
                        .build()
                        .toString());
    }

    /** The device token of the MUEJAM_DEVICE cookie, if the request has one. */
    public static Optional<String> deviceToken(HttpServletRequest request) {
        return cookie(request, DEVICE);
    }

    public void write(HttpServletResponse response, TokenService.Session session) {
        add(response, ACCESS, session.accessToken(), "/", accessTtl);
        add(response, REFRESH, session.refreshToken(), REFRESH_PATH, refreshTtl);
    }

    public void clear(HttpServletResponse response) {
        add(response, ACCESS, "", "/", Duration.ZERO);
        add(response, REFRESH, "", REFRESH_PATH, Duration.ZERO);
    }

    public Optional<String> refreshToken(HttpServletRequest request) {
        return cookie(request, REFRESH);
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> name.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst();
    }

    private static void add(HttpServletResponse response, String name, String value, String path, Duration maxAge) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(name, value)
                        .httpOnly(true)
                        .secure(true)
                        .sameSite("Strict")
                        .path(path)
                        .maxAge(maxAge)
                        .build()
                        .toString());
    }
}
