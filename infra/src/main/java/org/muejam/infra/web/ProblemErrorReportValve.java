package org.muejam.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answer, for what it refuses before the application sees a request (an encoded slash or a
 * broken escape in the path, a request line over its limit): problem+json instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    static final String UNREADABLE_REQUEST = "unreadable-request";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + (status == 400 ? UNREADABLE_REQUEST : ProblemTypes.forStatus(status)));
        problem.put("title", status == 400 ? "Unreadable request" : ProblemTypes.title(status));
        problem.put("status", status);
        problem.put("detail", detail(status));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException lost) {
            // the client is gone or the answer is under way: nothing more to tell
        }
    }

    private static String detail(int status) {
        if (status == 400) {
            return "the request could not be read: an encoded slash, backslash or NUL in the path, a broken "
                    + "percent-escape or invalid UTF-8, a malformed header, or a request line or headers over 8 KB";
        }
        return status >= 500 ? "the platform failed to handle this request" : "the request was refused";
    }
}
