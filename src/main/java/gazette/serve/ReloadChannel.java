package gazette.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-Sent Events to every open page: {@code reload}, {@code error} and {@code status}. Each
 * page holds one long response open; the handler returns at once and the stream stays with this
 * channel, so waiting pages hold no server thread.
 */
final class ReloadChannel implements AutoCloseable {
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    /** One open page. Writes are serialised so events from the rebuild and keep-alive threads never interleave. */
    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream body;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized void write(String text) throws IOException {
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
        }

        void close() {
            exchange.close();
        }
    }

    /** Takes over the exchange as an event stream and sends the current status first. */
    void open(HttpExchange exchange, String statusJson) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        send(client, "retry: 1000\n" + event("status", statusJson));
    }

    /** Sends an event to every page; {@code data} may span lines. */
    void broadcast(String name, String data) {
        String text = event(name, data);
        for (Client c : clients) {
            send(c, text);
        }
    }

    /** A comment line, so proxies and browsers do not time the idle stream out. */
    void keepAlive() {
        for (Client c : clients) {
            send(c, ": keep-alive\n\n");
        }
    }

    int openPages() {
        return clients.size();
    }

    private void send(Client client, String text) {
        try {
            client.write(text);
        } catch (IOException e) {
            // The page was closed or navigated away.
            clients.remove(client);
            client.close();
        }
    }

    static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\\R", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    @Override
    public void close() {
        for (Client c : clients) {
            clients.remove(c);
            c.close();
        }
    }
}
