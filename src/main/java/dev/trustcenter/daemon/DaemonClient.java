package dev.trustcenter.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The daemon's protocol from Java, for `trustcenter daemon status` and `stop` (bin/trustcenter speaks it from bash
 * for builds). Sends one request and returns the answer's lines.
 */
public final class DaemonClient {

    private DaemonClient() {}

    /** Sends {@code request} (the lines after the identity) and returns every line of the answer. */
    public static List<String> send(DaemonFiles.Address address, DaemonIdentity identity, List<String> request)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), 2_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(BuildDaemon.PROTOCOL + "\ntoken " + address.token() + "\nidentity " + identity.text() + "\n");
            for (String line : request) {
                out.write(line + "\n");
            }
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> answer = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.add(line);
            }
            return answer;
        }
    }
}
