package vn.camau.reform.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of the database, so that a test can take the database away from
 * one application node (every connection cut, new ones refused) and give it back, as a network
 * failure or a stopped server would, without touching the database that other nodes use.
 */
final class TcpRelay implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    TcpRelay(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        open();
    }

    int port() {
        return port;
    }

    /** Cuts every relayed connection and refuses new ones. */
    synchronized void cut() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
    }

    /** Accepts connections again, on the same port. */
    synchronized void restore() throws IOException {
        open();
    }

    private void open() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = s.getLocalPort();
        server = s;
        Thread.ofPlatform().daemon().name("tcp-relay-accept").start(() -> accept(s));
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket target = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(target);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client sees its connection drop
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-relay-pipe").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
