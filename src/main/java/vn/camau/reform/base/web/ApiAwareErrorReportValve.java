package vn.camau.reform.base.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own answer to what it refuses before the application sees it (an encoded slash or NUL in
 * a path, a broken {@code %} escape, an overlong UTF-8 sequence): a short JSON error under
 * {@code /api/}, like every other API answer, and a short bilingual line elsewhere, instead of
 * Tomcat's HTML page with its version number.
 */
public class ApiAwareErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        try {
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (uri != null && uri.startsWith("/api/")) {
                response.setContentType("application/json");
                response.setCharacterEncoding("utf-8");
                writer.write("{\"error\":\"http_" + status + "\",\"message\":\"Yêu cầu không hợp lệ (" + status
                        + ") / The request was refused (" + status + ")\",\"details\":[]}");
            } else {
                response.setContentType("text/plain");
                response.setCharacterEncoding("utf-8");
                writer.write("Yêu cầu không hợp lệ (" + status + ") / The request was refused (" + status + ")");
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the answer is already on its way: nothing more to say
        }
    }
}
