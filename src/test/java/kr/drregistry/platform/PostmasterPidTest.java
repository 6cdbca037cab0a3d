package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** postmaster.pid as PostgreSQL 17 writes it, while starting and when ready, and torn or foreign files. */
class PostmasterPidTest {
    @Test
    void aReadyServersFileNamesItsProcessDirectoryPortAndStatus() {
        PostmasterPid pid = PostmasterPid.parse(List.of("14667", "/srv/drr/data/postgres", "1764964121", "38787", "",
                "127.0.0.1", "  1234567     32768", "ready   ")).orElseThrow();
        assertEquals(14667, pid.pid());
        assertEquals("/srv/drr/data/postgres", pid.dataDirectory());
        assertEquals(38787, pid.port());
        assertEquals("127.0.0.1", pid.listenAddress());
        assertTrue(pid.ready());
    }

    @Test
    void aStartingServersShortFileIsReadAsNotReady() {
        PostmasterPid pid = PostmasterPid.parse(List.of("200", "/d", "1764964121", "5432")).orElseThrow();
        assertEquals(5432, pid.port());
        assertFalse(pid.ready());
    }

    @Test
    void aFileWithoutAProcessIdIsNoServer() {
        assertTrue(PostmasterPid.parse(List.of()).isEmpty());
        assertTrue(PostmasterPid.parse(List.of("garbage", "/d")).isEmpty());
        assertTrue(PostmasterPid.parse(List.of("-5")).isEmpty());
    }
}
