package io.callqa.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Every reviewer action, appended to a JSON-lines file and forced to disk before the action is
 * acknowledged. Entries are hash-chained (each holds the SHA-256 of the one before and of itself),
 * so an edited, removed or reordered line is detected when the log is opened: the app then refuses
 * to start rather than show a history that is not the real one. One server owns a log at a time.
 */
public final class AuditLog implements AutoCloseable {
    /** One action: who, when, what, on which call and finding, the value before and after. */
    public record Entry(long seq, long at, String user, String role, String action, String callId, String target,
                        String before, String after, String note, String prevHash, String hash) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENESIS = "0".repeat(64);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final List<Entry> entries = new ArrayList<>();

    public AuditLog(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        lock = channel.tryLock();
        if (lock == null) throw new IOException(file + " is in use by another review server");
        int line = 0;
        String prev = GENESIS;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) continue;
            Entry e = JSON.readValue(text, Entry.class);
            if (!e.prevHash().equals(prev) || !e.hash().equals(hashOf(e)) || e.seq() != entries.size() + 1) {
                throw new IOException(file + ":" + line + ": the audit log was altered (hash chain broken at entry " + e.seq() + ")");
            }
            entries.add(e);
            prev = e.hash();
        }
    }

    /** Appends an entry and forces it to disk; returns it with its sequence number and hashes. */
    public synchronized Entry append(String user, String role, String action, String callId, String target, String before, String after, String note)
            throws IOException {
        String prev = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
        Entry draft = new Entry(entries.size() + 1, System.currentTimeMillis(), user, role, action, callId, target, before, after, note, prev, "");
        Entry e = new Entry(draft.seq(), draft.at(), user, role, action, callId, target, before, after, note, prev, hashOf(draft));
        channel.write(ByteBuffer.wrap((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        entries.add(e);
        return e;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public Path file() {
        return file;
    }

    private static String hashOf(Entry e) {
        try {
            String body = JSON.writeValueAsString(new Entry(e.seq(), e.at(), e.user(), e.role(), e.action(), e.callId(), e.target(),
                    e.before(), e.after(), e.note(), e.prevHash(), ""));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        if (lock != null && lock.isValid()) lock.release();
        channel.close();
    }
}
