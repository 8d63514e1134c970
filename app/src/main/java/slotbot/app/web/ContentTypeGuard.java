package slotbot.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a Content-Type that names no type ("*&#47;*", "text/*"), names a charset Java does not know,
 * or cannot be read at all: Spring would fail on it deep inside the request, where the answer could
 * no longer name what was wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentTypeGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getContentType();
        if (given != null && !readable(given)) {
            JsonRefusal.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, refusal(given));
            return;
        }
        if (given != null && isForm(given) && request.getRequestURI().startsWith("/api/")) {
            // curl sends a form unless told otherwise, and Tomcat would take the body as form fields: say so.
            JsonRefusal.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type: expected application/json"
                    + " (or application/yaml for a bot or catalog file), got " + shorten(given)
                    + "; with curl, add -H 'Content-Type: application/json'");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String refusal(String given) {
        String charset = StrictTextConverter.unknownCharset(given);
        if (charset != null) {
            return StrictTextConverter.refusal(charset);
        }
        return "Content-Type: expected a media type such as application/json, got \"" + shorten(given) + "\"";
    }

    private static boolean isForm(String contentType) {
        MediaType type = MediaType.parseMediaType(contentType);
        return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || "multipart".equals(type.getType());
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
