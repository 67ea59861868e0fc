package dev.cohort.runtime.worker;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The framing of the pipe between the engine and a worker JVM: every message opens with a magic number
 * of its kind, so bytes that are not a message (native code writing to the worker's standard output) are
 * recognised as such instead of being read as numbers; strings are UTF-8 with a length (-1 for {@code
 * null}), with no length limit, unlike {@link DataOutput#writeUTF}.
 */
final class Wire {

    /** Opens the engine's greeting: the system properties the worker takes over. */
    static final int HELLO = 0x43484C4F;

    /** Opens the worker's answer to the greeting: it is ready for trials. */
    static final int READY = 0x43525459;

    /** Opens a request to run one trial. */
    static final int REQUEST = 0x43525251;

    /** Opens the reply with the trial's outcome. */
    static final int REPLY = 0x43525250;

    /** Closes the reply, so a reply cut short is told from a whole one. */
    static final int END = 0x43454E44;

    /** More bytes than any one string of the protocol: a longer length means the stream is corrupt. */
    private static final int MAX_STRING_BYTES = 1 << 28;

    private Wire() {}

    /** Reads the magic number opening a message and checks it is {@code expected}. */
    static void expect(DataInput in, int expected, String what) throws IOException {
        int magic = in.readInt();
        if (magic != expected) {
            throw new CorruptStreamException("expected " + what + " but read the bytes 0x" + Integer.toHexString(magic)
                    + " (did native code or a library write to the worker's standard output?)");
        }
    }

    static void writeString(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < -1 || length > MAX_STRING_BYTES) {
            throw new CorruptStreamException("read a string length of " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static <E extends Enum<E>> E readEnum(DataInput in, Class<E> type) throws IOException {
        String name = readString(in);
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new CorruptStreamException("read \"" + name + "\" where a " + type.getSimpleName() + " belongs");
        }
    }

    /** The bytes on the pipe are not messages of this protocol. */
    static final class CorruptStreamException extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptStreamException(String message) {
            super("the worker's reply is corrupt: " + message);
        }
    }
}
