package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** sockets.wasm: sock_accept/recv/send/shutdown on listeners the host granted (loopback only). */
class WasiSocketsTest {

    @Test
    void guestAcceptsReceivesRepliesAndShutsDown() throws Exception {
        try (ServerSocketChannel listener = ServerSocketChannel.open();
             ServerSocketChannel idle = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            idle.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CompletableFuture<String> client = CompletableFuture.supplyAsync(() -> {
                try (SocketChannel c = SocketChannel.open(listener.getLocalAddress())) {
                    c.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.UTF_8)));
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    ByteBuffer buf = ByteBuffer.allocate(64);
                    while (c.read(buf) > 0) {
                        got.write(buf.array(), 0, buf.position());
                        buf.clear();
                    }
                    return got.toString(StandardCharsets.UTF_8);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            GuestProgram.Result r = GuestProgram.run("sockets", WasiConfig.defaults().withListener(listener).withListener(idle));
            assertEquals("""
                    send on stdout -> errno 57
                    accept on stdin -> errno 57
                    recv on listener -> errno 53
                    shutdown on 99 -> errno 8
                    non-blocking accept -> errno 6
                    set nonblock -> errno 0
                    accept on non-blocking listener -> errno 6
                    bad accept flags -> errno 28
                    poll listener -> errno 0, n=1, userdata=5
                    accept -> errno 0, fd=5
                    conn filetype=6
                    peek -> errno 0, 4 bytes: ping
                    recv -> errno 0, 4 bytes: ping, roflags=0
                    send -> errno 0, 9 bytes
                    shutdown -> errno 0
                    bad shutdown flags -> errno 28
                    recv at end -> errno 0, 0 bytes
                    close -> errno 0
                    """, r.stdout());
            assertEquals("pong:ping", client.get(30, TimeUnit.SECONDS));
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void aGrantedConnectedSocketWorksWithReadWriteAndSend() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (SocketChannel hostSide = SocketChannel.open(server.getLocalAddress());
                 SocketChannel guestSide = server.accept()) {
                hostSide.write(ByteBuffer.wrap("hello, guest\n".getBytes(StandardCharsets.UTF_8)));
                GuestProgram.Result r = GuestProgram.run("echo", WasiConfig.defaults().withSocket(guestSide));
                assertEquals("""
                        fd 3 filetype=6
                        got 13 bytes: hello, guest
                        write=13
                        sock_send -> errno 0, 4 bytes
                        shutdown -> errno 0
                        close -> errno 0
                        """, r.stdout());
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                ByteBuffer buf = ByteBuffer.allocate(64);
                while (hostSide.read(buf) > 0) {
                    got.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                assertEquals("HELLO, GUEST\nbye\n", got.toString(StandardCharsets.UTF_8));
                // The host's socket stays open after the guest closed its descriptor.
                assertEquals(true, guestSide.isOpen());
            }
        }
    }
}
