package dev.trustcenter.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident build process: it keeps a JVM warm, with each site's session, and runs `build` and `check` for
 * clients on this machine. It listens on the loopback address only, answers only requests that carry the random
 * token of its address file (readable by its user alone), runs commands only for its own identity (same user, jar
 * and JVM), runs one build at a time, and stops after its idle timeout.
 *
 * <p>The protocol is lines of UTF-8, so bash's {@code /dev/tcp} can speak it. The client sends
 * {@code trustcenter-daemon 1}, {@code token T}, {@code identity I}, then {@code status}, {@code stop}, or
 * {@code run} followed by {@code cwd DIR}, any {@code env NAME=VALUE}, one {@code arg A} per argument and
 * {@code end}. The daemon answers {@code refused REASON}, or {@code ok}, then the command's output as {@code o LINE}
 * (standard output) and {@code e LINE} (standard error), {@code O}/{@code E} for a last line without its newline, and
 * {@code x CODE}, the exit code. Closing the connection before the exit code cancels the command.
 */
public final class BuildDaemon implements AutoCloseable {

    public static final String PROTOCOL = "trustcenter-daemon 1";
    /**
     * The environment variables a request may carry: what a build reads from its environment, and whether the
     * client's terminal takes colour.
     */
    public static final List<String> ENVIRONMENT = List.of("SOURCE_DATE_EPOCH", "TRUSTCENTER_COLOUR");
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_LINES = 4096;

    /** One command to run, as the client's shell would have run it. */
    public record Request(Path workingDirectory, Map<String, String> environment, List<String> arguments) {}

    /** Runs one command; returns its exit code. */
    @FunctionalInterface
    public interface Handler {
        int run(Request request, PrintWriter out, PrintWriter err);
    }

    private final DaemonIdentity identity;
    private final DaemonFiles files;
    private final Duration idleTimeout;
    private final Handler handler;
    private final ServerSocket server;
    private final DaemonFiles.Address address;
    private final ExecutorService connections = Executors.newCachedThreadPool(named("trustcenter-daemon-connection"));
    private final ExecutorService builds = Executors.newSingleThreadExecutor(named("trustcenter-daemon-build"));
    private final ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor(named("trustcenter-daemon-idle"));
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private BuildDaemon(DaemonIdentity identity, DaemonFiles files, Duration idleTimeout, Handler handler)
            throws IOException {
        this.identity = identity;
        this.files = files;
        this.idleTimeout = idleTimeout;
        this.handler = handler;
        files.prepareFolder();
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.address = new DaemonFiles.Address(server.getLocalPort(), HexFormat.of().formatHex(secret),
                ProcessHandle.current().pid());
    }

    /** Starts listening and writes the address file; the daemon then serves until stopped or idle too long. */
    public static BuildDaemon start(DaemonIdentity identity, DaemonFiles files, Duration idleTimeout, Handler handler)
            throws IOException {
        BuildDaemon daemon = new BuildDaemon(identity, files, idleTimeout, handler);
        daemon.connections.execute(daemon::accept);
        long period = Math.max(100, Math.min(idleTimeout.toMillis() / 2, 30_000));
        daemon.idle.scheduleAtFixedRate(daemon::stopIfIdle, period, period, TimeUnit.MILLISECONDS);
        files.write(identity, daemon.address);
        return daemon;
    }

    public DaemonFiles.Address address() {
        return address;
    }

    /** How many commands it has run. */
    public int served() {
        return served.get();
    }

    /** Waits until the daemon stops: asked to, or idle for its timeout. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    close();
                }
            }
        }
    }

    private void stopIfIdle() {
        long idleFor = System.nanoTime() - lastActive.get();
        if (running.get() == 0 && idleFor > idleTimeout.toNanos()) {
            close();
        }
    }

    private void serve(Socket socket) {
        lastActive.set(System.nanoTime());
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            socket.setSoTimeout(10_000);
            Optional<String> refusal = refusal(line(in), line(in));
            String requester = line(in);
            String verb = line(in);
            if (refusal.isEmpty() && verb.equals("run") && !("identity " + identity.text()).equals(requester)) {
                // Status and stop need the token alone, so a new jar's `daemon stop` can stop an old jar's daemon.
                refusal = Optional.of("identity: this daemon serves " + identity.text());
            }
            if (refusal.isPresent()) {
                answer(out, "refused " + refusal.get());
                return;
            }
            switch (verb) {
                case "status" -> answer(out, "ok\no running, pid " + address.pid() + ", port " + address.port()
                        + ", " + served.get() + " command(s) served, stops after " + idleTimeout.toMinutes()
                        + " idle minute(s)\nx 0");
                case "stop" -> {
                    answer(out, "ok\nx 0");
                    close();
                }
                case "run" -> run(readRequest(in), in, socket, out);
                default -> answer(out, "refused unknown request \"" + verb + "\"");
            }
        } catch (IOException | RuntimeException e) {
            // A client that went away, or sent what is not this protocol: nothing to answer.
        } finally {
            lastActive.set(System.nanoTime());
        }
    }

    /** Why a request may not be served: not this protocol, or not the token. */
    private Optional<String> refusal(String protocol, String token) {
        if (!PROTOCOL.equals(protocol)) {
            return Optional.of("not " + PROTOCOL);
        }
        byte[] expected = ("token " + address.token()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("token");
        }
        return Optional.empty();
    }

    private static Request readRequest(BufferedReader in) throws IOException {
        Path directory = null;
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int lines = 0; lines < MAX_LINES; lines++) {
            String line = line(in);
            if (line.equals("end")) {
                if (directory == null || arguments.isEmpty()) {
                    throw new IOException("incomplete request");
                }
                return new Request(directory, environment, arguments);
            } else if (line.startsWith("cwd ")) {
                directory = Path.of(line.substring(4));
            } else if (line.startsWith("arg ")) {
                arguments.add(line.substring(4));
            } else if (line.startsWith("env ") && line.indexOf('=') > 4) {
                String name = line.substring(4, line.indexOf('='));
                if (ENVIRONMENT.contains(name)) {
                    environment.put(name, line.substring(line.indexOf('=') + 1));
                }
            } else {
                throw new IOException("unexpected line");
            }
        }
        throw new IOException("request too long");
    }

    /**
     * Runs the command on the build thread. A client that goes away (Ctrl-C in its terminal closes the connection)
     * cancels it: the build's thread is interrupted, and a build stops before it replaces the output, as Ctrl-C
     * stops a build in its own process.
     */
    private void run(Request request, BufferedReader in, Socket connection, Writer socket) throws IOException {
        answer(socket, "ok");
        running.incrementAndGet();
        try {
            Future<Integer> command = builds.submit(() -> {
                try (PrintWriter out = new PrintWriter(new FramedWriter(socket, 'o'), true);
                     PrintWriter err = new PrintWriter(new FramedWriter(socket, 'e'), true)) {
                    return handler.run(request, out, err);
                }
            });
            connection.setSoTimeout(0);
            connections.execute(() -> {
                try {
                    // The client sends nothing more; the end of its stream means it is gone.
                    while (in.read() >= 0) {
                        // Ignore anything it sends.
                    }
                } catch (IOException gone) {
                    // Closed: by the client, or by this side once the command finished.
                }
                command.cancel(true);
            });
            int code = command.get();
            served.incrementAndGet();
            answer(socket, "x " + code);
        } catch (ExecutionException e) {
            answer(socket, "e trustcenter: internal error in the build daemon: " + e.getCause() + "\nx 3");
        } catch (CancellationException e) {
            // The client went away; there is no one to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(socket, "x 130");
        } finally {
            running.decrementAndGet();
            lastActive.set(System.nanoTime());
        }
    }

    private static String line(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() >= MAX_LINE) {
                throw new IOException("truncated request");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private static void answer(Writer socket, String lines) throws IOException {
        synchronized (socket) {
            socket.write(lines + "\n");
            socket.flush();
        }
    }

    /** Stops listening, removes the address file and lets {@link #awaitStop()} return. Idempotent. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        files.remove(identity, address);
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing is all that is left to do.
        }
        idle.shutdownNow();
        builds.shutdown();
        connections.shutdown();
        stopped.countDown();
    }

    /** A command's output stream as protocol lines: each line prefixed with its stream's letter. */
    private static final class FramedWriter extends Writer {
        private final Writer socket;
        private final char stream;
        private final StringBuilder line = new StringBuilder();

        FramedWriter(Writer socket, char stream) {
            this.socket = socket;
            this.stream = stream;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    answer(socket, stream + " " + line);
                    line.setLength(0);
                } else {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
            // Lines go out as they end; a last line without its newline goes out on close.
        }

        @Override
        public void close() throws IOException {
            if (line.length() > 0) {
                answer(socket, Character.toUpperCase(stream) + " " + line);
                line.setLength(0);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
