package dev.saywho.common.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request byte for byte over a socket and reads the whole answer: HTTP client libraries add the Host header,
 * fix up methods and encodings, and these tests need requests as a careless or hostile client sends them.
 */
public final class RawHttp {

    /** The answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {}

    private RawHttp() {}

    /** Sends {@code request} (ASCII head; the body as UTF-8 or as given) to the loopback port of a service. */
    public static Answer send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends these bytes to the loopback port of a service; the request must make the server close (HTTP/1.0, close,
     * or a refusal that closes), since the answer is read to its end.
     */
    public static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, headEnd).split("\r\n", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(
                        head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(head[0].substring(9, 12)), headers, answer.substring(headEnd + 4));
        }
    }
}
