import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts an article to the ingest service and prints its quotes as a table. A single-file program
 * ({@code java tools/demo/Demo.java FILE URL}) so the demo needs nothing but a JDK: it carries its own small JSON
 * reader and writer. When the service wants an API key, the key in {@code SAYWHO_API_KEY} is sent as
 * {@code X-API-Key} ({@code ./saywho demo --api-key KEY} sets it).
 */
public class Demo {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java tools/demo/Demo.java ARTICLE.txt INGEST_URL");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]));
        String title = text.strip().lines().findFirst().orElse("");
        String body =
                "{\"title\":" + Json.quote(title) + ",\"text\":" + Json.quote(text) + ",\"source\":\"saywho-demo\"}";
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String key = System.getenv("SAYWHO_API_KEY");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(args[1] + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null && !key.isBlank()) {
            request.header("X-API-Key", key.strip());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            System.err.println("Cannot reach the ingest service at " + args[1] + " (start it with ./saywho up).");
            System.exit(1);
            return;
        }
        if (response.statusCode() == 401) {
            System.err.println("The ingest service answered 401: it wants an API key (SAYWHO_INGEST_API_KEYS is set)"
                    + (key == null || key.isBlank() ? "" : ", and not the one given") + ". Give one of its keys: "
                    + "./saywho demo --api-key KEY, or SAYWHO_API_KEY=KEY ./saywho demo.");
            System.exit(1);
        }
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            System.err.println("The ingest service answered " + response.statusCode() + ": " + response.body());
            System.exit(1);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> article = (Map<String, Object>) Json.parse(response.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> quotes = (List<Map<String, Object>>) article.get("quotes");
        System.out.printf(
                "Article %s (%s, %s): %d quotes%n%n",
                article.get("id"),
                response.statusCode() == 201 ? "created" : "already stored",
                article.get("status"),
                quotes.size());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "SPEAKER", "ROLE / AFFILIATION", "QUOTE"});
        for (Map<String, Object> quote : quotes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> speaker = (Map<String, Object>) quote.get("speaker");
            String name = speaker == null ? "(unattributed)" : String.valueOf(speaker.get("name"));
            String onBehalf = speaker == null ? "" : join(speaker.get("role"), speaker.get("affiliation"));
            rows.add(new String[] {String.valueOf(quote.get("type")), name, onBehalf, shorten(content(quote), 70)});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], Math.min(row[i].length(), 40));
            }
        }
        for (String[] row : rows) {
            System.out.printf(
                    "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n",
                    shorten(row[0], 40),
                    shorten(row[1], 40),
                    shorten(row[2], 40),
                    row[3]);
        }
    }

    /** The quote's words: the fragments of an interrupted quote joined by an ellipsis, without the cue between. */
    @SuppressWarnings("unchecked")
    private static String content(Map<String, Object> quote) {
        List<Map<String, Object>> fragments = (List<Map<String, Object>>) quote.get("fragments");
        if (fragments == null || fragments.size() < 2) {
            return String.valueOf(quote.get("text"));
        }
        List<String> pieces = new ArrayList<>();
        for (Map<String, Object> fragment : fragments) {
            pieces.add(String.valueOf(fragment.get("text")));
        }
        return String.join(" … ", pieces);
    }

    private static String join(Object role, Object affiliation) {
        String r = role == null ? "" : role.toString();
        String a = affiliation == null ? "" : affiliation.toString();
        return r.isEmpty() ? a : a.isEmpty() ? r : r + ", " + a;
    }

    private static String shorten(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** Just enough JSON for this program: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json json = new Json(s);
            Object value = json.value();
            json.space();
            if (json.i != s.length()) {
                throw new IllegalArgumentException("trailing characters at " + json.i);
            }
            return value;
        }

        static String quote(String value) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            space();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                i++; // ':'
                map.put(key, value());
                space();
                if (s.charAt(i++) == '}') {
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            space();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (s.charAt(i++) == ']') {
                    return list;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String n = s.substring(start, i);
            if (n.contains(".") || n.contains("e") || n.contains("E")) {
                return Double.parseDouble(n);
            }
            return Long.parseLong(n);
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
