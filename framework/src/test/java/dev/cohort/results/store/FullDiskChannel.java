package dev.cohort.results.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A file channel whose disk fills up on demand: once {@link #fill(int)} is called, it writes that many
 * more bytes and then fails with {@code No space left on device}, as a full disk does; optionally it
 * cannot truncate either. Everything else goes to the real channel.
 */
final class FullDiskChannel extends FileChannel {

    private final FileChannel real;
    private long room = Long.MAX_VALUE;
    private boolean truncateFails;

    FullDiskChannel(FileChannel real) {
        this.real = real;
    }

    /** From now on, {@code bytes} more bytes fit. */
    void fill(int bytes) {
        room = bytes;
    }

    /** Space returns. */
    void free() {
        room = Long.MAX_VALUE;
    }

    /** Truncating fails too. */
    void failTruncating(boolean fails) {
        truncateFails = fails;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (room == 0) {
            throw new IOException("No space left on device");
        }
        if (src.remaining() <= room) {
            int written = real.write(src);
            room = room == Long.MAX_VALUE ? room : room - written;
            return written;
        }
        ByteBuffer part = src.slice().limit((int) room);
        int written = real.write(part);
        src.position(src.position() + written);
        room -= written;
        return written;
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (truncateFails) {
            throw new IOException("Input/output error");
        }
        real.truncate(size);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return real.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}
