package slotbot.bench.chat;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One kept-alive HTTP/1.1 connection for one caller thread: blocking JSON POSTs over a plain socket.
 *
 * <p>Why not {@code java.net.http.HttpClient}: a load harness shares the 2 cores with the app it measures, and the
 * client's selector thread, futures and per-request objects cost about 3 ms of CPU per chat turn here, more than half
 * of what the app spends. This writes prepared request bytes and reads the status line, the headers it needs
 * ({@code Content-Length}, {@code Transfer-Encoding: chunked}, {@code Connection: close}) and the body into buffers it
 * reuses. Tomcat closes a connection after 100 requests (saying {@code Connection: close}): the next request opens a
 * new one.
 */
final class KeptAliveConnection implements Closeable {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED = "chunked".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};
    private static final int INT_DIGITS = 10;
    private static final int TIMEOUT_MILLIS = 60_000;

    private final InetSocketAddress address;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean closeAfterAnswer;

    private byte[] request = new byte[1024];
    /** Received and not yet consumed: {@code received[start, end)}. */
    private final byte[] received = new byte[16 * 1024];
    private int start;
    private int end;
    private int lineStart;
    private byte[] body = new byte[16 * 1024];
    private int bodyLength;

    KeptAliveConnection(URI base) {
        int port = base.getPort() == -1 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.hostHeader = base.getHost() + ":" + port;
    }

    /** The request line and headers of a JSON POST to {@code path}, up to the {@code Content-Length} value: built once. */
    byte[] postHead(String path) {
        return ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The same for a GET of {@code path}, sent with {@link #post} and an empty body ({@code Content-Length: 0}). */
    byte[] getHead(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends a prepared head ({@link #postHead}) with {@code json} as the body and reads the whole answer.
     * Answers its status; its body is {@link #body()} until the next request.
     */
    int post(byte[] head, byte[] json) throws IOException {
        if (socket == null) {
            connect();
        }
        int length = head.length + INT_DIGITS + CRLF_CRLF.length + json.length;
        if (request.length < length) {
            request = new byte[length * 2];
        }
        System.arraycopy(head, 0, request, 0, head.length);
        int at = writeDigits(json.length, request, head.length);
        System.arraycopy(CRLF_CRLF, 0, request, at, CRLF_CRLF.length);
        at += CRLF_CRLF.length;
        System.arraycopy(json, 0, request, at, json.length);
        out.write(request, 0, at + json.length);
        out.flush();
        int status = readAnswer();
        if (closeAfterAnswer) {
            close();
        }
        return status;
    }

    byte[] body() {
        return body;
    }

    int bodyLength() {
        return bodyLength;
    }

    String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        start = 0;
        end = 0;
    }

    private int readAnswer() throws IOException {
        int eol = nextLine();
        if (eol - lineStart < 12 || received[lineStart + 8] != ' ') {
            throw new IOException("not an HTTP status line: " + ascii(lineStart, eol));
        }
        int status = (received[lineStart + 9] - '0') * 100 + (received[lineStart + 10] - '0') * 10 + (received[lineStart + 11] - '0');
        long contentLength = -1;
        boolean chunked = false;
        closeAfterAnswer = false;
        for (eol = nextLine(); eol > lineStart; eol = nextLine()) {
            if (startsWithIgnoringCase(CONTENT_LENGTH, eol)) {
                contentLength = 0;
                for (int i = lineStart + CONTENT_LENGTH.length; i < eol; i++) {
                    if (received[i] >= '0' && received[i] <= '9') {
                        contentLength = contentLength * 10 + received[i] - '0';
                    }
                }
            } else if (startsWithIgnoringCase(TRANSFER_ENCODING, eol)) {
                chunked = containsIgnoringCase(CHUNKED, eol);
            } else if (startsWithIgnoringCase(CONNECTION, eol)) {
                closeAfterAnswer = containsIgnoringCase(CLOSE, eol);
            }
        }
        bodyLength = 0;
        if (chunked) {
            readChunks();
        } else if (contentLength >= 0) {
            readBody(Math.toIntExact(contentLength));
        } else if (status >= 200 && status != 204 && status != 304) {
            readToEnd();
        }
        return status;
    }

    private void readChunks() throws IOException {
        while (true) {
            int eol = nextLine();
            int size = 0;
            for (int i = lineStart; i < eol && Character.digit(received[i], 16) >= 0; i++) {
                size = size * 16 + Character.digit(received[i], 16);
            }
            if (size == 0) {
                while (nextLine() > lineStart) {
                    // trailers: none expected, none needed
                }
                return;
            }
            readBody(size);
            nextLine();
        }
    }

    private void readToEnd() throws IOException {
        closeAfterAnswer = true;
        while (true) {
            appendReceived(end - start);
            if (!fill()) {
                return;
            }
        }
    }

    /** Appends {@code n} more bytes of the body. */
    private void readBody(int n) throws IOException {
        while (n > 0) {
            if (start == end && !fill()) {
                throw new EOFException("the answer ended " + n + " bytes early");
            }
            int take = Math.min(n, end - start);
            appendReceived(take);
            n -= take;
        }
    }

    private void appendReceived(int n) {
        if (body.length < bodyLength + n) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + n));
        }
        System.arraycopy(received, start, body, bodyLength, n);
        bodyLength += n;
        start += n;
    }

    /** Finds the next CRLF-terminated line: it is {@code received[lineStart, returned index)}; consumes it. */
    private int nextLine() throws IOException {
        int from = start;
        while (true) {
            for (int i = from; i + 1 < end; i++) {
                if (received[i] == '\r' && received[i + 1] == '\n') {
                    lineStart = start;
                    start = i + 2;
                    return i;
                }
            }
            from = Math.max(start, end - 1);
            int before = start;
            if (!fill()) {
                throw new EOFException("the connection closed in the middle of an answer's head");
            }
            from -= before - start;
        }
    }

    /** Reads more bytes after {@code end}, moving the unconsumed ones to the front first; false at the end of stream. */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(received, start, received, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == received.length) {
            throw new IOException("a header line longer than " + received.length + " bytes");
        }
        int n = in.read(received, end, received.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }

    /** Whether the line {@code received[lineStart, eol)} starts with {@code lowerCase}, in any case. */
    private boolean startsWithIgnoringCase(byte[] lowerCase, int eol) {
        return eol - lineStart >= lowerCase.length && matchesIgnoringCase(lowerCase, lineStart);
    }

    private boolean containsIgnoringCase(byte[] lowerCase, int eol) {
        for (int at = lineStart; at + lowerCase.length <= eol; at++) {
            if (matchesIgnoringCase(lowerCase, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesIgnoringCase(byte[] lowerCase, int at) {
        for (int i = 0; i < lowerCase.length; i++) {
            if (Character.toLowerCase(received[at + i]) != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    private String ascii(int from, int to) {
        return new String(received, from, to - from, StandardCharsets.US_ASCII);
    }

    /** Writes {@code value}'s decimal digits at {@code at}; answers the index after them. */
    private static int writeDigits(int value, byte[] into, int at) {
        int digits = value == 0 ? 1 : (int) Math.log10(value) + 1;
        for (int i = at + digits - 1; i >= at; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }
}
