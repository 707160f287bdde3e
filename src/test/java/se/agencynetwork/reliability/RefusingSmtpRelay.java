package se.agencynetwork.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay in front of the test's SMTP server (GreenMail accepts every recipient): it passes the
 * conversation through line by line, except that it answers {@code RCPT TO} for an address in
 * {@link #refused} itself with {@code 550} (a mailbox that refuses its mail), and drops the client when
 * the server behind it is down. So one recipient of a step can fail while the others get their mail.
 */
final class RefusingSmtpRelay implements AutoCloseable {

    final Set<String> refused = ConcurrentHashMap.newKeySet();
    final AtomicInteger refusals = new AtomicInteger();

    private final ServerSocket server;
    private final int upstreamPort;
    private final Thread acceptor;

    RefusingSmtpRelay(int port, int upstreamPort) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.acceptor = new Thread(this::accept, "smtp-relay");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> relay(client), "smtp-relay-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            BufferedReader fromClient = reader(client);
            Writer toClient = writer(client);
            BufferedReader fromServer = reader(upstream);
            Writer toServer = writer(upstream);
            passResponse(fromServer, toClient); // greeting
            String line;
            while ((line = fromClient.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT TO:") && refused.contains(address(line))) {
                    refusals.incrementAndGet();
                    send(toClient, "550 5.1.1 <" + address(line) + ">: mailbox unavailable");
                    continue;
                }
                send(toServer, line);
                String response = passResponse(fromServer, toClient);
                if (command.equals("DATA") && response.startsWith("354")) {
                    String data;
                    do {
                        data = fromClient.readLine();
                        if (data == null) {
                            return;
                        }
                        send(toServer, data);
                    } while (!data.equals("."));
                    passResponse(fromServer, toClient);
                } else if (command.startsWith("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the server behind is down, or a side hung up: the client sees its connection closed
        }
    }

    /** Copies one (possibly multi-line) reply from the server to the client; returns its last line. */
    private static String passResponse(BufferedReader fromServer, Writer toClient) throws IOException {
        String line;
        do {
            line = fromServer.readLine();
            if (line == null) {
                throw new IOException("SMTP server hung up");
            }
            send(toClient, line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>', open + 1);
        return open < 0 || close < 0 ? "" : rcpt.substring(open + 1, close).toLowerCase(Locale.ROOT);
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static Writer writer(Socket socket) throws IOException {
        return new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
    }

    private static void send(Writer writer, String line) throws IOException {
        writer.write(line);
        writer.write("\r\n");
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
