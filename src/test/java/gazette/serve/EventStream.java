package gazette.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A minimal EventSource: connects to {@code /__gazette/events} and queues each event as it arrives. */
final class EventStream implements AutoCloseable {
    /** One Server-Sent Event: its name and its data lines joined by newlines, as a browser gives them. */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    final HttpResponse<InputStream> response;

    EventStream(ServedSite served) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        response = client.sendAsync(HttpRequest.newBuilder(served.uri("/__gazette/events")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(ServedSite.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        body = response.body();
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            List<String> data = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, String.join("\n", data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring("data:".length());
                    data.add(value.startsWith(" ") ? value.substring(1) : value);
                }
            }
        } catch (IOException e) {
            // Closed.
        }
    }

    /** The next event, waiting at most {@link ServedSite#WAIT}. */
    Event next() throws InterruptedException {
        Event e = events.poll(ServedSite.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(e, "no event within " + ServedSite.WAIT.toSeconds() + " s");
        return e;
    }

    /** Skips events until one with this name arrives. */
    Event next(String name) throws InterruptedException {
        long deadline = System.nanoTime() + ServedSite.WAIT.toNanos();
        while (true) {
            Event e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(e, "no '" + name + "' event within " + ServedSite.WAIT.toSeconds() + " s");
            if (e.name().equals(name)) {
                return e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
