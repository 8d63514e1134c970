package slotbot.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a bot file sent with curl's default form type as the YAML it is (the bot endpoints only), and
 * refuses a Content-Type that names no type ("*&#47;*", "text/*"), names a charset Java does not know,
 * or cannot be read at all: Spring would fail on it deep inside the request, where the answer could
 * no longer name what was wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentTypeGuard extends OncePerRequestFilter {

    private static final String YAML = "application/yaml";
    private static final Pattern BOT = Pattern.compile("/api/v1/admin/bots/[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern BOT_VALIDATE = Pattern.compile("/api/v1/admin/bots/[a-z0-9][a-z0-9_-]{0,63}/validate");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getContentType();
        if (given == null) {
            chain.doFilter(request, response);
            return;
        }
        // Parsed once (Spring caches the parse by text); the paths are only looked at for a form, which JSON never is.
        MediaType type = readable(given);
        if (type == null) {
            JsonRefusal.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, refusal(given));
            return;
        }
        if (MediaType.APPLICATION_FORM_URLENCODED.includes(type) && isBotFile(request)) {
            // curl --data-binary @bot.yaml without -H sends the file as a form: it is the file. Safe to read so: a
            // page of another site can post a form, but never with the bearer token the bot endpoints require.
            chain.doFilter(new AsYaml(request), response);
            return;
        }
        if (isForm(type) && request.getRequestURI().startsWith("/api/")) {
            // curl sends a form unless told otherwise, and Tomcat would take the body as form fields: say so.
            JsonRefusal.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type: expected application/json"
                    + " (or application/yaml for a bot or catalog file), got " + shorten(given)
                    + "; with curl, add -H 'Content-Type: application/json'");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A bot file's upload or validation: PUT /api/v1/admin/bots/{name} or POST .../{name}/validate. */
    private static boolean isBotFile(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ("PUT".equals(request.getMethod()) && BOT.matcher(path).matches())
                || ("POST".equals(request.getMethod()) && BOT_VALIDATE.matcher(path).matches());
    }

    /** The request with its Content-Type read as application/yaml, so that nothing takes the body for form fields. */
    private static final class AsYaml extends HttpServletRequestWrapper {

        AsYaml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return YAML;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? YAML : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(YAML)) : super.getHeaders(name);
        }
    }

    private static String refusal(String given) {
        String charset = StrictTextConverter.unknownCharset(given);
        if (charset != null) {
            return StrictTextConverter.refusal(charset);
        }
        return "Content-Type: expected a media type such as application/json, got \"" + shorten(given) + "\"";
    }

    private static boolean isForm(MediaType type) {
        return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || "multipart".equals(type.getType());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** The Content-Type when it names a type this app can read, else null. */
    private static MediaType readable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype() ? null : type;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
