package vn.camau.reform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand over a socket, for what a browser or an HTTP client library will not send:
 * a forged {@code Host}, a proxy's {@code X-Forwarded-*} headers from a chosen local address, a
 * malformed request line. The request is sent as given (with {@code Connection: close} added) and
 * the whole answer read back.
 */
public final class RawHttp {

    public record Response(int status, List<String> headerLines, String body) {

        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        public List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    private RawHttp() {
    }

    /** {@code head} is the request line and headers, without the blank line that ends them. */
    public static Response send(int port, String head) {
        return send("127.0.0.1", port, head, new byte[0]);
    }

    public static Response send(String fromAddress, int port, String head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String all = head.strip().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\nConnection: close\r\n"
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
            out.write(all.getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        Response response = new Response(status, headers, body);
        if (response.header("Transfer-Encoding").filter(v -> v.equalsIgnoreCase("chunked")).isPresent()) {
            return new Response(status, headers, dechunk(body));
        }
        return response;
    }

    private static String dechunk(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, i);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
            i = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
