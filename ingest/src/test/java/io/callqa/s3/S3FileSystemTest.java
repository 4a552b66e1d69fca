package io.callqa.s3;

import static org.junit.jupiter.api.Assertions.*;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.RecoverableFsDataOutputStream;
import org.apache.flink.core.fs.RecoverableWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flink file system over a real S3 server (S3Proxy), reached through Flink's own lookup of s3:// paths. */
class S3FileSystemTest {
    @TempDir static Path work;
    static S3ProxyServer s3;
    static FileSystem fs;

    @BeforeAll
    static void start() throws Exception {
        s3 = new S3ProxyServer(work);
        s3.createBucket("lake");
        Configuration c = new Configuration();
        s3.flinkConfig().forEach(c::setString);
        FileSystem.initialize(c, null);
        fs = FileSystem.get(java.net.URI.create("s3://lake/"));
    }

    @AfterAll
    static void stop() throws Exception {
        FileSystem.initialize(new Configuration(), null);
        s3.close();
    }

    private static org.apache.flink.core.fs.Path p(String key) {
        return new org.apache.flink.core.fs.Path("s3://lake/" + key);
    }

    private static void write(String key, String text) throws IOException {
        try (FSDataOutputStream out = fs.create(p(key), FileSystem.WriteMode.OVERWRITE)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String read(String key, long from) throws IOException {
        try (FSDataInputStream in = fs.open(p(key))) {
            in.seek(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesListsReadsAndDeletesObjectsAsFiles() throws Exception {
        assertInstanceOf(S3FileSystem.class, fs);
        write("t1/in/a.json", "{\"call_id\":\"甲\"}");
        write("t1/in/day/b.json", "bbbbb");
        assertEquals("{\"call_id\":\"甲\"}", read("t1/in/a.json", 0));
        assertEquals("bb", read("t1/in/day/b.json", 3));

        FileStatus a = fs.getFileStatus(p("t1/in/a.json"));
        assertFalse(a.isDir());
        assertEquals("{\"call_id\":\"甲\"}".getBytes(StandardCharsets.UTF_8).length, a.getLen());
        assertTrue(a.getModificationTime() > 0);
        assertTrue(fs.getFileStatus(p("t1/in")).isDir());
        List<String> listed = Arrays.stream(fs.listStatus(p("t1/in"))).map(s -> s.getPath().getName() + (s.isDir() ? "/" : "")).sorted().toList();
        assertEquals(List.of("a.json", "day/"), listed);
        assertThrows(FileNotFoundException.class, () -> fs.getFileStatus(p("t1/missing")));

        assertThrows(IOException.class, () -> fs.create(p("t1/in/a.json"), FileSystem.WriteMode.NO_OVERWRITE));
        assertTrue(fs.delete(p("t1/in"), true));
        assertFalse(fs.exists(p("t1/in/day/b.json")));
        assertEquals(List.of(), s3.keys("lake", "t1/"));
    }

    @Test
    void partFilesAppearOnlyWhenCommittedAndRecommitIsHarmless() throws Exception {
        RecoverableWriter w = fs.createRecoverableWriter();
        RecoverableFsDataOutputStream out = w.open(p("t2/calls/dt=2026-11-29/part-0-0.parquet"));
        out.write("rows".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), s3.keys("lake", "t2/"), "nothing is visible while the part file is written");

        RecoverableFsDataOutputStream.Committer c = out.closeForCommit();
        List<String> pending = s3.keys("lake", "t2/");
        assertEquals(1, pending.size());
        assertTrue(pending.get(0).startsWith("t2/calls/dt=2026-11-29/.part-0-0.parquet.pending-"), pending.toString());

        // The committable survives a checkpoint as bytes; a restarted job commits from those.
        var ser = w.getCommitRecoverableSerializer();
        byte[] bytes = ser.serialize(c.getRecoverable());
        RecoverableWriter.CommitRecoverable restored = ser.deserialize(ser.getVersion(), bytes);

        c.commit();
        assertEquals(List.of("t2/calls/dt=2026-11-29/part-0-0.parquet"), s3.keys("lake", "t2/"));
        assertEquals("rows", read("t2/calls/dt=2026-11-29/part-0-0.parquet", 0));

        w.recoverForCommit(restored).commitAfterRecovery(); // already committed: no error, no second copy
        assertEquals(List.of("t2/calls/dt=2026-11-29/part-0-0.parquet"), s3.keys("lake", "t2/"));
    }

    @Test
    void aPartFileClosedWithoutCommitLeavesNothing() throws Exception {
        RecoverableFsDataOutputStream out = fs.createRecoverableWriter().open(p("t3/x.parquet"));
        out.write(1);
        out.close();
        assertEquals(List.of(), s3.keys("lake", "t3/"));
    }

    @Test
    void anUnreachableServerIsAnIoErrorNamingTheObject() throws Exception {
        S3Objects dead = new S3Objects(io.minio.MinioClient.builder().endpoint("http://127.0.0.1:1").credentials("a", "b").region("us-east-1").build(), "lake");
        IOException e = assertThrows(IOException.class, () -> dead.stat("calls/x.parquet"));
        assertTrue(e.getMessage().contains("s3://lake/calls/x.parquet"), e.getMessage());
    }
}
