import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reproducible batch-ingestion load: streams N synthetic articles (fictional people and places, fixed seed) to
 * POST /api/v1/articles:batch and reports throughput and the result counts.
 *
 * <pre>
 * java ingest-service/load/BatchLoad.java [baseUrl] [articles] [seed] [apiKey]
 * java ingest-service/load/BatchLoad.java http://localhost:8080 5000 42
 * </pre>
 * The same seed produces the same articles, so a second run measures the duplicate path.
 */
public final class BatchLoad {

    private static final String[] FIRST = {"Ilse", "Oren", "Petra", "Anouk", "Mara", "Tomas", "Lio", "Sanne", "Ewa", "Jaro"};
    private static final String[] LAST = {"Varga", "Tal", "Lind", "Quell", "Brannock", "Odessen", "Kerrow", "Vantis", "Holm", "Seravin"};
    private static final String[] ROLES = {"Mayor", "harbour master", "spokeswoman", "council member", "chief engineer"};
    private static final String[] PLACES = {"Port Tessaly", "Vell Harbour", "Oskar Bay", "Lower Mirren", "Castelle"};
    private static final String[] TOPICS = {"the bridge", "the ferry line", "the pier", "the school roof", "the tram depot"};

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        String apiKey = args.length > 3 ? args[3] : null;

        PipedInputStream body = new PipedInputStream(1 << 16);
        PipedOutputStream feed = new PipedOutputStream(body);
        Thread writer = new Thread(() -> writeArticles(feed, articles, seed), "ndjson-writer");

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/articles:batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        long started = System.nanoTime();
        writer.start();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        Map<String, Integer> statuses = new TreeMap<>();
        long[] lines = {0};
        response.body().forEach(line -> {
            lines[0]++;
            int at = line.indexOf("\"status\":\"");
            String status = at < 0 ? "unknown" : line.substring(at + 10, line.indexOf('"', at + 10));
            statuses.merge(status, 1, Integer::sum);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("HTTP %d: %d results in %.2f s (%.1f articles/s) %s%n", response.statusCode(), lines[0], seconds,
                lines[0] / seconds, statuses);
    }

    private static void writeArticles(OutputStream out, int count, long seed) {
        Random random = new Random(seed);
        try (out) {
            for (int i = 0; i < count; i++) {
                out.write((article(random, seed, i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String article(Random random, long seed, int index) {
        String speaker = pick(random, FIRST) + " " + pick(random, LAST);
        String role = pick(random, ROLES);
        String place = pick(random, PLACES);
        String topic = pick(random, TOPICS);
        String text = "\"Work on " + topic + " will be finished by spring,\" " + role + " " + speaker + " of " + place
                + " said on Tuesday.\n\nResidents of " + place + " have waited " + (2 + random.nextInt(30))
                + " months for " + topic + ". \"We hear them,\" " + speaker + " added.\n\nStory " + seed + "-" + index + ".";
        return "{\"title\":" + json("Update on " + topic + " in " + place) + ",\"text\":" + json(text)
                + ",\"source\":\"load-" + seed + "\",\"externalId\":\"load-" + seed + "-" + index + "\"}";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private BatchLoad() {
    }
}
